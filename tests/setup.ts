/**
 * Set-up for every vitest file.
 *
 * Testing Library waits up to a second by default for what it looks for; a busy machine can take longer than that to
 * render, so tests wait as long as they need (the test's own limit still holds).
 *
 * A nanostores store lets go of its listeners (for a persistent store, the window's `storage` and `pageshow` events)
 * a second after its last use (STORE_UNMOUNT_DELAY), on a timer. On a busy machine that timer can fire after an
 * island test file's browser environment is gone, and the store would then reach for a window that no longer exists.
 * So once a file with a window has run its tests, what it left rendered is unmounted and the stores' window events
 * are switched off: whatever timer fires later has nothing to reach for.
 */
import { setPersistentEngine } from '@nanostores/persistent';
import { cleanup, configure } from '@testing-library/preact';
import { afterAll } from 'vitest';

configure({ asyncUtilTimeout: 20_000 });

afterAll(() => {
  if (typeof window === 'undefined') return;
  cleanup();
  setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
});
