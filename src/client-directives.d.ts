/** The site's own client directive (src/integrations/client-split.ts), known to the type checker. */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Like `client:load`, but the island hydrates in a task of its own, after its code has run. */
    'client:split'?: boolean;
  }
}
