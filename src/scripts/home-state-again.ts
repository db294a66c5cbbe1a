/**
 * The home page's second inline script, right after the module outline: draws the home page again now that the
 * outline has been read (home-state.ts, earlier on the page, defined how).
 */
import type { HomeStateWindow } from '~/scripts/home-state';

(window as HomeStateWindow).drawHomeState?.();
