/**
 * What "Delete all my data" would take away, in words, for its confirmation: only what is there, so that a learner
 * with nothing saved is not told they will lose "0 worksheets". Pure.
 */

/** What the learner has saved, counted. */
export interface SavedCounts {
  worksheets: number;
  checks: number;
  lessonsDone: number;
  /** Whether the course remembers where the learner left off. */
  leftOff: boolean;
  people: number;
  snapshots: number;
  ledgerEntries: number;
  plans: number;
  /** Whether the ramp plan has a start date or a check-in. */
  rampPlan: boolean;
  checkIns: number;
  assignments: number;
  keptAside: number;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The items the confirmation lists, each a phrase ("your answers to 2 worksheets"); none when nothing is saved. */
export function thingsToLose(saved: SavedCounts): string[] {
  const items: (string | false)[] = [
    saved.worksheets > 0 && `your answers to ${plural(saved.worksheets, 'worksheet', 'worksheets')}`,
    saved.checks > 0 && `your answers to ${plural(saved.checks, 'knowledge check', 'knowledge checks')}`,
    (saved.lessonsDone > 0 || saved.leftOff) &&
      `your progress: ${plural(saved.lessonsDone, 'lesson', 'lessons')} marked complete, and where you left off`,
    saved.people > 0 &&
      `your network audit: ${plural(saved.people, 'person', 'people')} and ${plural(saved.snapshots, 'snapshot', 'snapshots')}`,
    saved.ledgerEntries > 0 && `${plural(saved.ledgerEntries, 'entry', 'entries')} in your give/get ledger`,
    saved.plans > 0 && plural(saved.plans, 'conversation plan', 'conversation plans'),
    saved.rampPlan && `your ramp plan and its ${plural(saved.checkIns, 'check-in', 'check-ins')}`,
    saved.assignments > 0 && `${plural(saved.assignments, 'assignment', 'assignments')} from your coach`,
    saved.keptAside > 0 &&
      `${saved.keptAside === 1 ? 'a kept-aside copy' : `${saved.keptAside} kept-aside copies`} of unreadable answers`,
  ];
  return items.filter((item): item is string => typeof item === 'string');
}
