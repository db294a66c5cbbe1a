/**
 * What the workbook page's two islands both read: the learner's worksheets, checks, progress and assignments, and
 * the figures drawn from them (the status island at the top, WorkbookIsland, and the export, import and delete island
 * below it, WorkbookTransferIsland), and the code for export, import and delete, loaded on the first click that
 * needs it.
 */
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import type { ScoredCheck } from '~/lib/checks/score';
import type { WorkbookWorksheet } from '~/lib/workbook/markdown';
import { lessonsComplete } from '~/lib/workbook/progress';
import { kindOf, sectionNames } from '~/lib/workbook/section-names';
import { withSharedAnswers } from '~/lib/workbook/shared-answers';
import { worksheetStatus } from '~/lib/workbook/worksheet-status';
import { $assignments } from '~/stores/assignments';
import { checkStates } from '~/stores/checks';
import { $progress } from '~/stores/progress';
import { $meta } from '~/stores/workbook-meta';
import { worksheetStates } from '~/stores/worksheets';
import { useHydrated } from '~/islands/hydration';

/**
 * The course as the workbook's status needs it: the lessons, each worksheet with what its completion counts, and each
 * knowledge check by name. The workbook page passes this to WorkbookIsland.
 */
export interface CourseOutline {
  lessons: { slug: string; module: number; title: string }[];
  worksheets: WorkbookWorksheet[];
  checks: { id: string; title: string }[];
}

/** The whole course, as export, import and delete need it: every question's words and each check's key. */
export interface WorkbookCourse extends CourseOutline {
  checks: ScoredCheck[];
}

/**
 * The learner's records and what they add up to. Until hydrated, everything is as the server drew it (nothing
 * saved), so the first render matches the page's HTML; the learner's own records come in on the next render.
 */
export function useWorkbookSummary({ lessons, worksheets, checks }: CourseOutline) {
  const $worksheets = useMemo(() => worksheetStates(worksheets.map((w) => w.id)), [worksheets]);
  const $checks = useMemo(() => checkStates(checks.map((c) => c.id)), [checks]);
  const ready = useHydrated();
  const worksheetState = useStore($worksheets);
  const checkState = useStore($checks);
  const records = {
    progress: useStore($progress).record,
    meta: useStore($meta).record,
    assignments: useStore($assignments).record,
  };
  const saved = <T>(value: T | null): T | null => (ready ? value : null);
  const progress = saved(records.progress);
  const assignments = saved(records.assignments);
  const worksheetsShown = ready ? worksheetState : {};
  const checksShown = ready ? checkState : {};
  // Answers shared between worksheets and tools count wherever they are asked (src/lib/workbook/worksheet-status.ts).
  const ownAnswers = Object.fromEntries(worksheets.map((w) => [w.id, worksheetsShown[w.id]?.record?.answers]));
  const savedAt = Object.fromEntries(worksheets.map((w) => [w.id, worksheetsShown[w.id]?.record?.updatedAt]));
  const sharedAnswers = withSharedAnswers(ownAnswers);
  const rows = worksheets.map((worksheet) => ({
    worksheet,
    ...worksheetStatus(
      worksheet.id,
      worksheet.definition,
      ownAnswers,
      savedAt,
      Boolean(worksheetsShown[worksheet.id]?.problem),
    ),
  }));
  return {
    ready,
    progress,
    meta: saved(records.meta),
    assignments,
    sharedAnswers,
    checksShown,
    rows,
    lessonsDone: lessonsComplete(
      progress,
      lessons.map((lesson) => lesson.slug),
    ),
    worksheetsDone: rows.filter((row) => row.completion.complete).length,
    worksheetsAnswered: rows.filter((row) => !row.completion.empty).length,
    checksAnswered: checks.filter((check) => Object.keys(checksShown[check.id]?.record?.chosen ?? {}).length > 0)
      .length,
    acceptedAssignments: Object.keys(assignments?.accepted ?? {}).length,
  };
}

/** A stored record's name in words, for the kept-aside copies and the import preview. */
export function describeRecord(name: string, { worksheets, checks }: Pick<CourseOutline, 'worksheets' | 'checks'>) {
  const found = kindOf(name, sectionNames);
  if (!found) return name;
  if (found.section.noun === 'worksheet') {
    return `Worksheet: ${worksheets.find((w) => w.id === found.itemId)?.definition.title ?? found.itemId}`;
  }
  if (found.section.noun === 'knowledge check') {
    return `Knowledge check: ${checks.find((c) => c.id === found.itemId)?.title ?? found.itemId}`;
  }
  return found.section.noun.charAt(0).toUpperCase() + found.section.noun.slice(1);
}

/**
 * A stored record's place in the order the workbook page lists things: progress first, then the worksheets and the
 * knowledge checks in course order, then the tools and assignments. The import preview lists its rows in this order.
 */
export function recordPlace(name: string, { worksheets, checks }: Pick<CourseOutline, 'worksheets' | 'checks'>) {
  const found = kindOf(name, sectionNames);
  if (!found) return Number.MAX_SAFE_INTEGER;
  const inCourse = (index: number) => (index < 0 ? 999 : index);
  if (found.section.noun === 'worksheet') return 1_000 + inCourse(worksheets.findIndex((w) => w.id === found.itemId));
  if (found.section.noun === 'knowledge check') return 2_000 + inCourse(checks.findIndex((c) => c.id === found.itemId));
  return found.section.noun === 'progress' ? 0 : 3_000 + sectionNames.indexOf(found.section);
}

/** The workbook's export, import and delete actions, loaded on the first click that needs them. */
export const workbookActions = () => import('~/stores/workbook');

/**
 * Load code needed for a click: `loaded(load)` gives the module, or undefined when it cannot be loaded (offline, or
 * the site changed since), and then `loadProblem` is true until a later load works, so the island can say so.
 */
export function useLoadOnClick() {
  const [loadProblem, setLoadProblem] = useState(false);
  const loaded = async <T>(load: () => Promise<T>): Promise<T | undefined> => {
    try {
      const module = await load();
      setLoadProblem(false);
      return module;
    } catch {
      setLoadProblem(true);
      return undefined;
    }
  };
  return { loadProblem, loaded };
}
