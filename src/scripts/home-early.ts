/**
 * The home page's first script, inline before its first lines: when this browser holds progress or assignments, it
 * marks the page (`<html data-home-returning>`) so that the first-visit button ("Start with module 1") is not shown
 * for even one frame, however the browser splits its parsing and painting. home-state.ts, which runs a few lines
 * later, draws what the learner's records say and removes the mark. A few bytes, no imports.
 */
try {
  const stored = (name: string) => window.localStorage.getItem(`real-networking:${name}`) !== null;
  if (stored('progress') || stored('assignments')) document.documentElement.dataset['homeReturning'] = '';
} catch {
  // No storage (private browsing, storage turned off): a first visit, as far as this page can tell.
}
