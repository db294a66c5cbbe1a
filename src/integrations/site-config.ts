/**
 * The coach's configuration at build time: `loadSiteConfig()` reads `site.config.ts` (or the file SITE_CONFIG
 * names, which is how the tests build a coach's copy), checks it with src/lib/site-config.ts and stops the build
 * with every problem named; `siteConfig()` hands the result to pages as `virtual:site-config`, and a custom accent
 * to the stylesheet as `virtual:site-theme.css`.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { accentStylesheet, resolveSiteConfig, SiteConfigError, type SiteConfig } from '../lib/site-config.ts';

/** Read and check the site's configuration; throws a `SiteConfigError` that says what to change. */
export async function loadSiteConfig(root: string = process.cwd()): Promise<SiteConfig> {
  const path = resolve(root, process.env.SITE_CONFIG || 'site.config.ts');
  const file = relative(root, path) || path;
  if (!existsSync(path)) throw new SiteConfigError(file, [`there is no file at ${path}`]);
  let exported: unknown;
  try {
    exported = ((await import(/* @vite-ignore */ path)) as { default?: unknown }).default;
  } catch (error) {
    throw new SiteConfigError(file, [
      `it could not be read: ${(error as Error).message}. Check for a missing quote, comma or bracket.`,
    ]);
  }
  const config = resolveSiteConfig(exported, process.env, file);
  if (!existsSync(resolve(root, 'public', config.logo)))
    throw new SiteConfigError(file, [`logo '${config.logo}' is not in the public/ folder`]);
  return config;
}

const configId = 'virtual:site-config';
const themeId = 'virtual:site-theme.css';

/**
 * Pages read the checked configuration from `virtual:site-config` (`site`; `offline` alone, so that a browser
 * script that needs only that carries nothing else; and `publicDir`, where build-time code finds the logo);
 * `virtual:site-theme.css` sets its accent.
 */
export function siteConfig(config: SiteConfig): AstroIntegration {
  return {
    name: 'real-networking:site-config',
    hooks: {
      'astro:config:setup': ({ updateConfig, addWatchFile, config: astroConfig }) => {
        addWatchFile(new URL(process.env.SITE_CONFIG || 'site.config.ts', astroConfig.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'real-networking:site-config',
                // The stylesheet's id keeps `.css` so that Vite's CSS pipeline bundles it with the others.
                resolveId: (id: string) =>
                  id === configId ? `\0${configId}` : id === themeId ? `/@site-theme/${themeId}` : undefined,
                load: (id: string) => {
                  if (id === `\0${configId}`)
                    return [
                      `export const site = ${JSON.stringify(config)};`,
                      `export const offline = ${JSON.stringify(config.offline)};`,
                      `export const publicDir = ${JSON.stringify(fileURLToPath(astroConfig.publicDir))};`,
                    ].join('\n');
                  if (id === `/@site-theme/${themeId}`) return accentStylesheet(config);
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
