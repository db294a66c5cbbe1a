/**
 * The one script of a lesson page, run inline before the page is first painted (no framework: a lesson stays under
 * 3 KB of JavaScript at load). src/integrations/inline-scripts.ts bundles it at build time and adds its hash to the
 * Content-Security-Policy; LessonLayout.astro writes it right after the module list, the last part of the lesson
 * frame, so everything it works on has been read. It
 *
 * - ticks each module the learner marked complete in the module list and counts them (src/components/CourseNav.astro),
 *   so a returning learner never sees the list without their ticks, and redraws them when the progress changes;
 * - shows "Mark this lesson complete" (src/components/LessonComplete.astro) and saves it, and notes this lesson as the
 *   place to continue from;
 * - follows the reader: marks the section being read in "On this page" and in the lesson bar, and fills the
 *   reading-position bars (src/components/LessonContents.astro).
 *
 * Progress is read and written through src/stores/lesson-progress.ts, exactly as the workbook reads it, so a record
 * the workbook would not read shows no ticks and is never overwritten.
 */
import { withLessonComplete, withLessonVisited } from '~/lib/workbook/progress';
import { changeProgress, onProgressChange, readProgress } from '~/stores/lesson-progress';

const now = () => new Date().toISOString();
const all = <T extends Element>(selector: string) => [...document.querySelectorAll<T>(selector)];

const root = document.querySelector<HTMLElement>('[data-lesson-progress]');
const box = root?.querySelector<HTMLInputElement>('input');
// The notes under the checkbox are in the page, not in this script: it only says which one shows.
const notes = all<HTMLElement>('[data-note]');
const note = (name: string) => notes.forEach((element) => (element.hidden = element.dataset['note'] !== name));
const slug = root?.dataset['slug'];

/** Show the saved progress: the ticks and the count, the checkbox and its note. */
const show = () => {
  const progress = readProgress();
  const completed = progress && progress !== 'unreadable' ? progress.completed : {};
  for (const item of all<HTMLElement>('[data-module]'))
    item.toggleAttribute('data-done', Object.hasOwn(completed, item.dataset['module'] ?? ''));
  for (const count of all('[data-done-count]')) count.textContent = String(all('[data-done]').length);
  if (!box || !slug) return;
  box.disabled = progress === 'unreadable';
  box.checked = Object.hasOwn(completed, slug);
  note(box.disabled ? 'unreadable' : box.checked ? 'saved' : '');
};

if (root && box && slug) {
  root.hidden = false;
  changeProgress((progress) => withLessonVisited(progress, slug, now()), { countsAsChange: false });
  box.addEventListener('change', () => {
    if (changeProgress((progress) => withLessonComplete(progress, slug, box.checked, now()))) show();
    else note('not-saved');
  });
}
show();
onProgressChange(show);
// A lesson shown again from the back-forward cache missed any change made meanwhile on another page.
addEventListener('pageshow', (event) => event.persisted && show());

// Where the reader is: the last section whose heading has passed the top third of the screen.
const contents = document.querySelector<HTMLElement>('[data-contents]');
const links = all<HTMLAnchorElement>('[data-contents] a');
const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
const article = document.querySelector('article');
const current = document.querySelector('[data-current-section]');
let frame = 0;
const follow = () => {
  frame = 0;
  let at = 0;
  headings.forEach((heading, index) => {
    if (heading && heading.getBoundingClientRect().top < innerHeight / 3) at = index;
  });
  links.forEach((link, index) =>
    index === at ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current'),
  );
  if (current) current.textContent = links[at]?.textContent ?? '';
  // A <progress> keeps its value between 0 and its max (100) by itself.
  const box = article?.getBoundingClientRect();
  for (const bar of all<HTMLProgressElement>('[data-reading]'))
    bar.value = box ? (-100 * box.top) / Math.max(1, box.height - innerHeight) : 0;
};
addEventListener('scroll', () => (frame ||= requestAnimationFrame(follow)), { passive: true });
follow();
// On a phone the contents are a panel over the page: close it once the learner picked a section.
// (hidePopover does nothing where the list is a column, not an open panel.)
for (const link of links) link.addEventListener('click', () => contents?.hidePopover());
