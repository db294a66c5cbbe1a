/**
 * The site's own browser scripts that are not islands: `site` (on every page: search on intent, the service worker)
 * and the two it loads on demand, `searchDialog` and `updateNotice`. Vite wraps every dynamic `import()` in a preload
 * helper of about 1 KB, more than a lesson page (3 KB of JavaScript in all) can spare for a script that only waits for
 * the learner to ask for search; so, like inline-scripts.ts, this integration bundles each entry apart with esbuild
 * (TypeScript, the `~/` alias, `virtual:site-config`, `virtual:browser-scripts`), writes it to
 * `_astro/<name>.<hash>.js` (a name that changes with its content, so hosts may cache it for a year), and exports the
 * addresses from `virtual:browser-scripts`. Base.astro loads `site` with a plain `<script type="module" src>`, which
 * the Content-Security-Policy's `script-src 'self'` allows; `site` loads the others with the browser's own `import()`.
 *
 * In `astro dev` the scripts are served from memory; a change to one needs a restart of the dev server.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';
import type { SiteConfig } from '../lib/site-config.ts';

const virtualId = 'virtual:browser-scripts';
const resolvedId = `\0${virtualId}`;

/** One bundled script: where it is served and its code. */
interface BrowserScript {
  file: string;
  url: string;
  code: string;
}

/** `entries` maps a name (an export of `virtual:browser-scripts`) to a file, relative to the project root, in the
 * order they are bundled: a script that loads another comes after it. */
export function browserScripts(entries: Record<string, string>, site: SiteConfig): AstroIntegration {
  const scripts: Record<string, BrowserScript> = {};
  const addresses = () =>
    Object.entries(scripts)
      .map(([name, script]) => `export const ${name} = ${JSON.stringify(script.url)};`)
      .join('\n');
  return {
    name: 'real-networking:browser-scripts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, addWatchFile }) => {
        const srcDir = fileURLToPath(config.srcDir).replace(/\/$/, '');
        const base = config.base.replace(/\/?$/, '/');
        const virtualModules: Plugin = {
          name: 'virtual-modules',
          setup(build) {
            build.onResolve({ filter: /^virtual:(site-config|browser-scripts)$/ }, (args) => ({
              path: args.path,
              namespace: 'virtual',
            }));
            build.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => ({
              contents:
                args.path === 'virtual:site-config'
                  ? `export const site = ${JSON.stringify(site)}; export const offline = ${JSON.stringify(site.offline)};`
                  : addresses(),
              loader: 'js',
            }));
          },
        };
        for (const [name, file] of Object.entries(entries)) {
          const path = new URL(file, config.root);
          addWatchFile(path);
          // One at a time, in order: a script may import the addresses of those bundled before it.
          const result = await build({
            entryPoints: [fileURLToPath(path)],
            bundle: true,
            format: 'esm',
            minify: true,
            write: false,
            target: 'es2022',
            legalComments: 'none',
            alias: { '~': srcDir },
            define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
            plugins: [virtualModules],
          });
          const code = result.outputFiles[0]!.text;
          const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
          const fileName = `_astro/${name}.${hash}.js`;
          scripts[name] = { file: fileName, url: `${base}${fileName}`, code };
        }
        const plugin: VitePlugin = {
          name: 'real-networking:browser-scripts',
          resolveId: (id) => (id === virtualId ? resolvedId : undefined),
          load: (id) => (id === resolvedId ? addresses() : undefined),
          // Written with the browser's files only (not again with the pages' server-side build).
          generateBundle() {
            if (this.environment.config.consumer !== 'client') return;
            for (const script of Object.values(scripts))
              this.emitFile({ type: 'asset', fileName: script.file, source: script.code });
          },
          configureServer(server) {
            server.middlewares.use((request, response, next) => {
              const script = Object.values(scripts).find((candidate) => candidate.url === request.url);
              if (!script) return next();
              response.setHeader('Content-Type', 'text/javascript');
              response.end(script.code);
            });
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
