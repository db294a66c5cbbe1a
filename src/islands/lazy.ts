/**
 * Load part of an island after it is on screen and usable, so the first load stays small. Returns undefined until the
 * module has arrived, then the module.
 */
import { useEffect, useState } from 'preact/hooks';

export function useLazy<T>(load: () => Promise<T>): T | undefined {
  const [module, setModule] = useState<T | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void load().then((loaded) => current && setModule(() => loaded));
    return () => {
      current = false;
    };
    // Load once per island; `load` is a stable import() thunk.
  }, []);
  return module;
}
