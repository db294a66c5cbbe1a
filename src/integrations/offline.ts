/**
 * Offline use: after the build (and after the search index, so that it is included), Workbox writes `sw.js`, a
 * service worker that precaches every page, script, stylesheet, figure, icon and the search index, so that after one
 * visit the whole course works with the network off. Files are keyed by their content's hash: a new deploy installs
 * a new worker beside the old one, which keeps serving the open pages until the learner chooses to reload
 * (src/scripts/update-notice.ts). Only the site's own files are cached; nothing a learner types goes near it.
 *
 * With `offline: false` in site.config.ts, `sw.js` is instead a worker that removes a copy installed earlier, and
 * then itself, so that turning offline use off also reaches browsers that already had it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import type { SiteConfig } from '../lib/site-config.ts';

/** What gets precached, relative to the build folder. */
export const precachePatterns = [
  '**/*.{html,js,css,svg,png,jpg,jpeg,webp,avif,gif,ico,webmanifest,json,woff,woff2}',
  'pagefind/**/*',
];

/** What does not: share images are for other sites' link previews, and the rest is for crawlers and hosts. */
export const precacheIgnores = ['og/**', 'sw.js', 'robots.txt', 'sitemap*.xml', '_headers', '_redirects'];

/** The service worker written when offline use is turned off: it undoes an earlier install. */
export const removingWorker = `// Offline use is turned off for this site (site.config.ts: offline: false). A browser that installed the earlier
// service worker gets this one, which deletes the site's offline copy and then unregisters itself.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.includes(self.registration.scope)).map((key) => caches.delete(key))))
      .then(() => self.registration.unregister()),
  );
});
`;

/** Writes `sw.js` after the build: the precaching worker, or the one that removes it. */
export function offline(config: SiteConfig): AstroIntegration {
  return {
    name: 'real-networking:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const swDest = join(outDir, 'sw.js');
        if (!config.offline) {
          await writeFile(swDest, removingWorker);
          logger.info('offline: false in site.config.ts: sw.js removes any earlier offline copy');
          return;
        }
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: precachePatterns,
          globIgnores: precacheIgnores,
          swDest,
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          // The learner chooses when a new version takes over (the page posts SKIP_WAITING); once it does, it
          // controls every open tab at once, so no tab mixes files from two versions.
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // A static site: no address's query changes what it serves, so `?x=1` finds the cached page too.
          ignoreURLParametersMatching: [/.*/],
          // Astro's file names carry their content's hash already.
          dontCacheBustURLsMatching: /^_astro\//,
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          // An address that is not in the offline copy goes to the network; offline, the site's own "page not found"
          // answers instead of the browser's error page. (Online, the host's answer is shown, whatever it is.)
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: '404.html' } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
