/**
 * The module list's ticks on a lesson page, drawn before the page is first painted: each module the learner marked
 * complete is ticked (`data-done` on its `[data-module="<slug>"]` item) and the count (`[data-done-count]`) says how
 * many. It reads the progress record exactly as the workbook does (`validateProgress`), so a record the workbook
 * would not read shows no ticks.
 *
 * This runs as a small inline script right after the list (src/components/CourseNav.astro;
 * src/integrations/inline-scripts.ts bundles it at build time and adds its hash to the Content-Security-Policy), so
 * a returning learner never sees the list without their ticks. It leaves `drawCourseTicks` on the window, and the
 * lesson page script (src/components/lesson-page.ts) calls it again whenever the progress changes, so there is one
 * copy of this logic.
 */
import { STORAGE_PREFIX } from '~/lib/storage/keys';
import { validateProgress } from '~/lib/workbook/progress';

/** The window, with the drawing function for the lesson page script to call again. */
export type CourseTicksWindow = typeof window & { drawCourseTicks?: () => void };

/** The lessons marked complete, by slug: none when there is no progress or it cannot be read. */
function completedLessons(): Record<string, string> {
  try {
    const raw = localStorage.getItem(`${STORAGE_PREFIX}progress`);
    const progress = raw === null ? undefined : validateProgress(JSON.parse(raw));
    return progress?.ok ? progress.value.completed : {};
  } catch {
    return {};
  }
}

/** Tick each module marked complete, and count them. */
function drawCourseTicks(): void {
  const completed = completedLessons();
  let done = 0;
  for (const item of document.querySelectorAll<HTMLElement>('[data-module]')) {
    const ticked = Object.hasOwn(completed, item.dataset['module'] ?? '');
    item.toggleAttribute('data-done', ticked);
    if (ticked) done += 1;
  }
  for (const count of document.querySelectorAll('[data-done-count]')) count.textContent = String(done);
}

(window as CourseTicksWindow).drawCourseTicks = drawCourseTicks;
drawCourseTicks();
