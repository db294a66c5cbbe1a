/**
 * Load part of an island after it is on screen and usable, so the first load stays small. Returns undefined until the
 * module has arrived, then the module.
 */
import { useEffect, useState } from 'preact/hooks';

/** Load `load` once the island has mounted, or only once `when` becomes true. */
export function useLazy<T>(load: () => Promise<T>, when = true): T | undefined {
  const [module, setModule] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!when || module) return;
    let current = true;
    void load().then((loaded) => current && setModule(() => loaded));
    return () => {
      current = false;
    };
    // `load` is a stable import() thunk: only `when` decides.
  }, [when]);
  return module;
}
