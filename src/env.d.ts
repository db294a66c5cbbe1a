/** The code of the scripts that run before first paint (src/integrations/inline-scripts.ts), by name. */
declare module 'virtual:inline-scripts' {
  export const homeEarly: string;
  export const homeState: string;
  export const homeStateAgain: string;
  export const lessonPage: string;
}

declare namespace App {
  /** What one page's render shares between its components. */
  interface Locals {
    /** How many <Term>s the page has drawn so far, so that each term's definition gets its own id. */
    termsOnPage?: number;
  }
}
