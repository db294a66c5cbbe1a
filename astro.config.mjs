// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { inlineScripts } from './src/integrations/inline-scripts.ts';

/**
 * Where the site is served from. `/` by default; set BASE_PATH=/course/ at build time to serve the site from
 * a sub-path (every internal link goes through `pathTo()` in src/lib/paths.ts, which reads this).
 */
const base = process.env.BASE_PATH || '/';

/** Where the build goes: dist/ unless OUT_DIR says otherwise (the tests build a sub-path copy beside it). */
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  base,
  outDir,
  integrations: [
    mdx(),
    preact(),
    // Scripts that run before first paint, inline with a hash in the Content-Security-Policy (see the file).
    inlineScripts({
      homeEarly: 'src/scripts/home-early.ts',
      homeState: 'src/scripts/home-state.ts',
      homeStateAgain: 'src/scripts/home-state-again.ts',
      lessonPage: 'src/scripts/lesson-page.ts',
    }),
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
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
