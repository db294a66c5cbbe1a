/**
 * `client:split`: Astro's `client:load` in two tasks instead of one. With `client:load`, an island's code runs and
 * the island hydrates in a single task, and on a slow phone nothing else happens until both are done (Lighthouse
 * counts that as blocking time). With `client:split` the browser gets a turn in between (src/scripts/client-split.ts),
 * and each island on a page hydrates in a task of its own. Pages use it for the islands they show at once; islands
 * further down use `client:visible`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function clientSplit(): AstroIntegration {
  return {
    name: 'real-networking:client-split',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'split',
          entrypoint: fileURLToPath(new URL('../scripts/client-split.ts', import.meta.url)),
        });
      },
    },
  };
}
