/**
 * Islands are rendered on the server with no saved data, and Preact's hydration adopts that HTML without patching
 * attributes that differ. So an island's first render in the browser must match the server's: it shows saved data
 * only from its second render, once `useHydrated()` is true. (Otherwise, for example, a button disabled on the server
 * would stay disabled for good.)
 */
import { useEffect, useState } from 'preact/hooks';

/** False during the first (hydrating) render, true from the next one on. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
