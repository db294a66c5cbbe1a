/** The code of the scripts that run before first paint (src/integrations/inline-scripts.ts), by name. */
declare module 'virtual:inline-scripts' {
  export const homeEarly: string;
  export const homeState: string;
  export const homeStateAgain: string;
  export const lessonPage: string;
  export const workbookEarly: string;
}

declare namespace App {
  /** What one page's render shares between its components. */
  interface Locals {
    /** How many <Term>s the page has drawn so far, so that each term's definition gets its own id. */
    termsOnPage?: number;
  }
}

/** The checked site configuration from site.config.ts (src/integrations/site-config.ts). */
declare module 'virtual:site-config' {
  export const site: import('./lib/site-config').SiteConfig;
  /** Whether the site works offline (a service worker); the same as `site.offline`. */
  export const offline: boolean;
  /** The absolute path of the public/ folder, for code that runs at build (never in a browser). */
  export const publicDir: string;
}

/** A coach's accent colour for both colour schemes, or nothing for the course's own (src/integrations/site-config.ts). */
declare module 'virtual:site-theme.css';

/** The addresses of the site's own browser scripts, bundled apart (src/integrations/browser-scripts.ts). */
declare module 'virtual:browser-scripts' {
  /** src/scripts/site.ts, on every page. */
  export const siteScript: string;
  /** src/scripts/search-dialog.ts, loaded when the learner asks for search. */
  export const searchDialog: string;
  /** src/scripts/update-notice.ts, loaded when a new version of the site is ready. */
  export const updateNotice: string;
}
