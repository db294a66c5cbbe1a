/**
 * Scripts that must run before a page is first painted (so a returning learner never sees, even for a moment, the page
 * as a first-time visitor sees it). Astro's own `<script>` tags become deferred modules, which run too late for that,
 * and the Content-Security-Policy blocks any inline script it has no hash for. So this integration bundles each
 * entry (TypeScript, with the `~/` alias) into one small classic script at build time, adds its SHA-256 hash to the
 * policy's script-src, and hands the code to pages as `virtual:inline-scripts`; a page writes it with
 * `<script is:inline set:html={code} />`.
 *
 * In `astro dev`, a change to an entry or what it imports needs a restart of the dev server.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';

const virtualId = 'virtual:inline-scripts';
const resolvedId = `\0${virtualId}`;

/** Bundle one entry into a minified classic script. */
function bundle(entry: string, srcDir: string): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    legalComments: 'none',
    alias: { '~': srcDir },
  });
  return result.outputFiles[0]!.text.trim();
}

/** `entries` maps a name (the export of `virtual:inline-scripts`) to a file, relative to the project root. */
export function inlineScripts(entries: Record<string, string>): AstroIntegration {
  return {
    name: 'real-networking:inline-scripts',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
        const srcDir = fileURLToPath(config.srcDir).replace(/\/$/, '');
        const code: Record<string, string> = {};
        for (const [name, file] of Object.entries(entries)) {
          const path = new URL(file, config.root);
          addWatchFile(path);
          code[name] = bundle(fileURLToPath(path), srcDir);
        }
        const hashes = Object.values(code).map(
          (script) => `sha256-${createHash('sha256').update(script).digest('base64')}` as const,
        );
        updateConfig({
          // Merged into the project's own policy (astro.config.mjs), which sets everything else.
          security: { csp: { algorithm: 'SHA-256', scriptDirective: { hashes } } },
          vite: {
            plugins: [
              {
                name: 'real-networking:inline-scripts',
                resolveId: (id: string) => (id === virtualId ? resolvedId : undefined),
                load: (id: string) =>
                  id === resolvedId
                    ? Object.entries(code)
                        .map(([name, script]) => `export const ${name} = ${JSON.stringify(script)};`)
                        .join('\n')
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
