/** The code of the scripts that run before first paint (src/integrations/inline-scripts.ts), by name. */
declare module 'virtual:inline-scripts' {
  export const homeState: string;
  export const homeStateAgain: string;
}
