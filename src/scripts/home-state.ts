/**
 * The home page for a returning learner, drawn before the page is first painted: the main button leads on to what is
 * next (the lesson to continue, or an assignment that is due), the progress panel shows how far they are, and each
 * module in the outline says whether it is done, in progress or not started.
 *
 * This runs as a small inline script (src/integrations/inline-scripts.ts bundles it at build time and adds its hash
 * to the Content-Security-Policy), placed right after the progress panel; `home-state-again.ts` runs it once more
 * right after the outline. So each part is drawn as soon as it has been read, and a returning learner never sees it
 * in its first-visit state. It runs again when the page is shown from the back-forward cache or another tab changes
 * what is stored. Everything it writes goes in as text, never as HTML.
 */
import { dayInWords, today } from '~/lib/dates';
import { statusInWords } from '~/lib/coach/due';
import { homeView, type HomeCourse, type HomeView, type NextAssigned } from '~/lib/workbook/home';
import { readHomeRecords } from '~/stores/home-records';

/** The course index the page embeds (`<script type="application/json" id="home-course">`), with addresses. */
export interface HomeCourseData extends HomeCourse {
  /** The address of each lesson, by slug (the site may be served under a sub-path). */
  lessonHref: Record<string, string>;
  workbookHref: string;
}

/** The window, with the home page's drawing function for the second, tiny script to call. */
export type HomeStateWindow = typeof window & { drawHomeState?: () => void };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const MODULE_STATE_WORDS = { done: 'Done', 'in-progress': 'In progress', 'not-started': 'Not started' } as const;

function find<T extends Element = HTMLElement>(name: string): T | null {
  return document.querySelector<T>(`[data-home="${name}"]`);
}

function show(name: string, visible: boolean): void {
  const element = find(name);
  if (element) element.hidden = !visible;
}

function setText(name: string, text: string): void {
  const element = find(name);
  if (element) element.textContent = text;
}

function setBar(name: string, value: number, max: number): void {
  const bar = find<HTMLProgressElement>(name);
  if (bar) {
    bar.max = Math.max(1, max);
    bar.value = Math.min(value, max);
  }
}

function hrefOf(item: NextAssigned, data: HomeCourseData): string | undefined {
  if (!item.href) return undefined;
  const lesson = data.lessonHref[item.href.lesson];
  return lesson && item.href.worksheet ? `${lesson}#ws-${item.href.worksheet}-title` : lesson;
}

const dueWords = (item: NextAssigned) => (item.due ? `, due ${dayInWords(item.due)}` : '');

function drawNext(view: HomeView, data: HomeCourseData): void {
  const next = find<HTMLAnchorElement>('next');
  if (!next) return;
  const step = view.next;
  show('intro', !view.returning);
  show('welcome', view.returning && view.started);
  show('welcome-assigned', view.returning && !view.started);
  show('start', step.kind === 'start');
  show('workbook', view.returning);
  next.hidden = step.kind === 'start' || step.kind === 'finished';
  let context = '';
  if (step.kind === 'continue') {
    next.href = data.lessonHref[step.slug] ?? data.workbookHref;
    next.textContent = `Continue with module ${step.module}: ${step.title}`;
    context = 'Where you left off:';
  } else if (step.kind === 'assigned') {
    const { item } = step;
    next.href = hrefOf(item, data) ?? data.workbookHref;
    next.textContent = item.title;
    context = `Assigned by ${item.coach}${dueWords(item)}${item.status === 'overdue' ? ' (overdue)' : ''}:`;
  } else if (step.kind === 'finished') {
    context = 'You have marked every lesson complete. Your workbook holds everything you wrote.';
  }
  setText('next-context', context);
  show('next-context', context !== '');
}

function drawProgress(view: HomeView, data: HomeCourseData): void {
  const panel = find('progress');
  if (!panel) return;
  panel.hidden = !view.returning;
  show('unreadable', view.lessonsDone === undefined);
  show('lessons-line', view.lessonsDone !== undefined);
  if (view.lessonsDone !== undefined) {
    setText('lessons', `${view.lessonsDone} of ${plural(view.lessonsTotal, 'lesson', 'lessons')} marked complete`);
    setBar('lessons-bar', view.lessonsDone, view.lessonsTotal);
  }
  setText(
    'worksheets',
    `${view.worksheetsDone} of ${plural(view.worksheetsTotal, 'worksheet', 'worksheets')} complete`,
  );
  setBar('worksheets-bar', view.worksheetsDone, view.worksheetsTotal);
  show('ramp-line', view.rampWeek > 0);
  setText(
    'ramp',
    view.rampWeek > view.rampWeeks
      ? `Your ${view.rampWeeks}-week ramp plan is complete`
      : `Ramp plan: week ${view.rampWeek} of ${view.rampWeeks}`,
  );
  setBar('ramp-bar', view.rampWeek, view.rampWeeks);

  const list = find('assignments');
  if (!list) return;
  list.replaceChildren();
  list.hidden = view.assignments.length === 0;
  for (const assignment of view.assignments) {
    const row = document.createElement('li');
    const sameCoach = view.assignments.filter((other) => other.coach === assignment.coach).length > 1;
    const who = document.createElement('strong');
    who.textContent = `Assigned by ${assignment.coach}${sameCoach && assignment.client ? `, for ${assignment.client}` : ''}`;
    row.append(who, `: ${assignment.done} of ${assignment.total} done`);
    const item = assignment.next;
    if (item) {
      row.append('. Next: ');
      const href = hrefOf(item, data);
      const title = document.createElement(href ? 'a' : 'span');
      if (title instanceof HTMLAnchorElement && href) title.href = href;
      title.textContent = item.title;
      const badge = document.createElement('span');
      badge.className = `status-badge status-${item.status}`;
      badge.textContent = statusInWords(item.status, item.due, today(), item.started);
      row.append(title, dueWords(item), ' ', badge);
    }
    list.append(row);
  }
}

function drawModules(view: HomeView): void {
  for (const module of document.querySelectorAll<HTMLElement>('[data-module-slug]')) {
    const state = view.modules[module.dataset['moduleSlug'] ?? ''];
    const label = module.querySelector<HTMLElement>('[data-module-state]');
    if (!label || !state) continue;
    label.hidden = !view.returning;
    label.dataset['moduleState'] = state;
    label.textContent = MODULE_STATE_WORDS[state];
  }
}

function draw(): void {
  const source = find('course');
  if (!source?.textContent) return;
  const data = JSON.parse(source.textContent) as HomeCourseData;
  const view = homeView(data, readHomeRecords(data), today());
  drawNext(view, data);
  drawProgress(view, data);
  drawModules(view);
  // The first script's mark (home-early.ts) has done its job: the buttons now say what the records say.
  delete document.documentElement.dataset['homeReturning'];
}

draw();
(window as HomeStateWindow).drawHomeState = draw;
// Again when the page comes back from the back-forward cache with what was stored meanwhile, and when another tab
// changes a record.
window.addEventListener('pageshow', (event) => event.persisted && draw());
window.addEventListener('storage', draw);
