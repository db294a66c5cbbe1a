/**
 * After the build, for a site with an address (site.config.ts `site`, or SITE_URL): a share image for every page
 * that names one in its `og:image` tag (src/components/ShareTags.astro), drawn from what the built page says about
 * itself (title, description, kind of page) in the course's design (src/lib/share-card.ts), with Satori and resvg;
 * and robots.txt pointing to the sitemap. The page is the one source of its own title: nothing is listed twice.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import { cardFont, shareCard } from '../lib/share-card.ts';
import { shareImageSize } from '../lib/share.ts';
import type { SiteConfig } from '../lib/site-config.ts';

/** Every `.html` file under `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text from an HTML attribute, its character references decoded. */
export function decodeAttribute(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** The `content` of the meta tag whose `property` or `name` is `key`, in `html`. */
export function metaContent(html: string, key: string): string | undefined {
  for (const tag of html.matchAll(/<meta\s[^>]*>/gi)) {
    const attribute = (name: string) => tag[0].match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1];
    if (attribute('property') === key || attribute('name') === key) {
      const content = attribute('content');
      return content === undefined ? undefined : decodeAttribute(content);
    }
  }
  return undefined;
}

/** The fonts the cards are set in, from the @fontsource package (WOFF: Satori does not read WOFF2). */
async function loadFonts() {
  const require = createRequire(import.meta.url);
  const folder = join(dirname(require.resolve('@fontsource/source-serif-4/package.json')), 'files');
  const font = async (weight: 400 | 700) => ({
    name: cardFont,
    weight,
    style: 'normal' as const,
    data: await readFile(join(folder, `source-serif-4-latin-${weight}-normal.woff`)),
  });
  return Promise.all([font(400), font(700)]);
}

/** Share images and robots.txt, after the build, for a site with an address. */
export function shareImages(config: SiteConfig): AstroIntegration {
  return {
    name: 'real-networking:share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!config.site) {
          logger.info('No site address in site.config.ts (or SITE_URL): no share images, sitemap or robots.txt.');
          return;
        }
        const outDir = fileURLToPath(dir);
        const home = new URL(config.base, `${config.site}/`).href;
        await writeFile(
          join(outDir, 'robots.txt'),
          `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', home).href}\n`,
        );

        const fonts = await loadFonts();
        const logoFile = resolve(fileURLToPath(new URL('../../public/', import.meta.url)), config.logo);
        const logoType = config.logo.endsWith('.svg') ? 'image/svg+xml' : 'image/png';
        const logo = `data:${logoType};base64,${(await readFile(logoFile)).toString('base64')}`;
        const footer = config.organisation?.name ?? new URL(home).host + new URL(home).pathname.replace(/\/$/, '');

        let count = 0;
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          const image = metaContent(html, 'og:image');
          if (!image) continue;
          const path = new URL(image).pathname;
          if (!path.startsWith(config.base)) throw new Error(`${file}: og:image ${image} is outside ${config.base}`);
          const kind = html.match(/<html[^>]*\sdata-share-kind="([^"]*)"/)?.[1];
          const card = shareCard({
            siteName: config.name,
            title: metaContent(html, 'og:title') ?? config.name,
            description: metaContent(html, 'og:description') ?? config.description,
            ...(kind && { kind: decodeAttribute(kind) }),
            footer,
            logo,
            accent: config.accent.light.accent,
          });
          // Satori's types want React elements; the plain objects it documents are the same shape.
          const svg = await satori(card as unknown as Parameters<typeof satori>[0], { ...shareImageSize, fonts });
          const png = new Resvg(svg, { fitTo: { mode: 'width', value: shareImageSize.width } }).render().asPng();
          const target = join(outDir, path.slice(config.base.length));
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, png);
          count += 1;
        }
        logger.info(`${count} share images, robots.txt`);
      },
    },
  };
}
