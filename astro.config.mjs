// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { browserScripts } from './src/integrations/browser-scripts.ts';
import { clientSplit } from './src/integrations/client-split.ts';
import { inlineScripts } from './src/integrations/inline-scripts.ts';
import { offline } from './src/integrations/offline.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { loadSiteConfig, siteConfig } from './src/integrations/site-config.ts';

/**
 * The coach's configuration (site.config.ts, or the file SITE_CONFIG names), checked: a mistake stops here with a
 * message saying what to change. It gives the site's address and base path (`/` by default; BASE_PATH=/course/ or
 * `base` in site.config.ts serves the site from a sub-path: every internal link goes through `pathTo()` in
 * src/lib/paths.ts, which reads it).
 */
const site = await loadSiteConfig();

/** Where the build goes: dist/ unless OUT_DIR says otherwise (the tests build a sub-path copy beside it). */
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  ...(site.site && { site: site.site }),
  base: site.base,
  outDir,
  integrations: [
    siteConfig(site),
    mdx(),
    preact(),
    // `client:split`: client:load with the island's hydration in a task of its own (see the file).
    clientSplit(),
    // sitemap.xml needs absolute addresses, so only a site with an address gets one (robots.txt points to it).
    ...(site.site ? [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })] : []),
    // After the build: a share image for each page, drawn from the page's own title, and robots.txt.
    shareImages(site),
    // The search index (Pagefind), before the service worker so that it is precached too.
    searchIndex(),
    // Last, once every file is written: the service worker that precaches them all for offline use.
    offline(site),
    // Scripts that run before first paint, inline with a hash in the Content-Security-Policy (see the file).
    inlineScripts({
      homeEarly: 'src/scripts/home-early.ts',
      homeState: 'src/scripts/home-state.ts',
      homeStateAgain: 'src/scripts/home-state-again.ts',
      lessonPage: 'src/scripts/lesson-page.ts',
      workbookEarly: 'src/scripts/workbook-early.ts',
    }),
    // The script on every page and the two it loads on demand, bundled apart so that on demand costs nothing more.
    browserScripts(
      {
        searchDialog: 'src/scripts/search-dialog.ts',
        updateNotice: 'src/scripts/update-notice.ts',
        siteScript: 'src/scripts/site.ts',
      },
      site,
    ),
  ],
  // Shiki colours code with inline styles, which the Content-Security-Policy below would block. Lessons have no code.
  markdown: { syntaxHighlight: false },
  // One stylesheet file shared by every page, cached once, instead of a copy inlined in each page.
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  security: {
    // Astro adds a <meta http-equiv="content-security-policy"> to every page, with hashes for its own scripts
    // and styles; everything else is limited to this site's own origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        // The service worker (src/integrations/offline.ts) and search's worker, both this site's own files.
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
