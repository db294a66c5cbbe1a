/**
 * The `client:split` directive (src/integrations/client-split.ts): load an island's code, give the browser a turn, then
 * hydrate. A tap or a key press that arrives in between is handled at once instead of waiting for both.
 */
import type { ClientDirective } from 'astro';

const split: ClientDirective = async (load) => {
  const hydrate = await load();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await hydrate();
};

export default split;
