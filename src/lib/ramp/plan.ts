/**
 * The 26-week ramp plan (module 7): four phases, a focus for each week, a short weekly check-in, and re-audits at
 * weeks 4, 13 and 26. The phase lengths and weekly focuses are the course's design built on the research in module 7
 * (Watkins; Cross & Pryor; Bauer et al.; Hall), not findings in themselves.
 *
 * Stored under `real-networking:ramp` (the record and its checks: src/lib/ramp/record.ts).
 *
 * The plan's start (its first day and what kind of start it is) is one answer with module 7's worksheet, stored there
 * (`real-networking:worksheet:ramp-readiness`, fields `start-date` and `start-kind`; see
 * src/lib/workbook/shared-answers.ts). `startDate` and `start` here are what the plan saved before that: read as the
 * start only while the worksheet has none (`rampStart`), moved to the worksheet when the plan is next shown, then
 * removed. `start: 'new-role'` here meant "a new job or role", which the worksheet splits in two.
 */
import { addDaysTo } from '~/lib/dates';
import { WEEKS } from '~/lib/ramp/weeks';

export { WEEKS, rampStart, weekOn } from '~/lib/ramp/weeks';
export { checkInsDone, emptyRamp, rampRecordSpec, withCheckIn, type CheckIn, type RampRecord } from '~/lib/ramp/record';
/** Weeks whose check-in asks for a network re-audit. */
export const MILESTONE_WEEKS = [4, 13, 26] as const;

/** A phase of the plan. */
export interface Phase {
  id: 'orient' | 'contribute' | 'extend' | 'consolidate';
  name: string;
  first: number;
  last: number;
  aim: string;
}

export const PHASES: readonly Phase[] = [
  {
    id: 'orient',
    name: 'Orient',
    first: 1,
    last: 4,
    aim: 'Get to know the people your work depends on, and listen far more than you talk.',
  },
  {
    id: 'contribute',
    name: 'Contribute',
    first: 5,
    last: 13,
    aim: 'Give early and often in small ways, find your brokers, and join one shared activity.',
  },
  {
    id: 'extend',
    name: 'Extend',
    first: 14,
    last: 20,
    aim: 'Reach beyond your own team and upwards: strategic ties, a sponsor, old contacts revived.',
  },
  {
    id: 'consolidate',
    name: 'Consolidate',
    first: 21,
    last: 26,
    aim: 'Deepen the ties that matter, ease off the ones that drain you, and check what your network now tells you.',
  },
];

/** Each week's focus, in order (index 0 is week 1). */
export const WEEK_FOCUS: readonly string[] = [
  'Meet your manager and your closest team: ask what good work looks like here.',
  'Start a listening tour: three short conversations with people your work depends on.',
  'Find out who the people you depend on depend on, and who blocks or speeds things up.',
  'Week-4 re-audit: who is in your operational network now, and who gives you energy?',
  'Offer one piece of your expertise where it is needed, without being asked.',
  'Make three small gives: an answer, an introduction, a useful link.',
  'Ask your first clear, specific request of someone outside your team.',
  'Join one shared activity that mixes teams: a project, a working group, a committee.',
  'Notice who keeps introducing you to others: they are your brokers. Thank them.',
  'Aim for an early win that others can see, and share the credit.',
  'Follow up on every promise you have made so far.',
  'Ask a broker who else you should be talking to, and talk to them.',
  'Week-13 re-audit: what do you hear about now that you did not at the start?',
  'Name one strategic contact: someone who sees further ahead. Ask them what is changing.',
  'Reconnect with an old colleague you have not spoken to for years.',
  'Look for a sponsor: someone senior who has seen your work. Ask for advice on a real decision.',
  'Spend an hour with someone in a function you know little about.',
  'Reconnect with a second dormant tie, ideally someone more senior now.',
  'Give something to someone in your strategic network.',
  'Join or visit one group outside your organisation: an association, alumni, a meet-up.',
  'List the relationships that drain you, and change the length, format or topic of one.',
  'Spend real time with the two or three people who are becoming friends, not just colleagues.',
  'Check the four kinds of access: who tells you about openings, managers, how things work, skills?',
  'Where only one person gives you something, find a second.',
  'Give back to the people who helped you most in your first months.',
  'Week-26 re-audit: compare with week 0, celebrate, and plan the next 26 weeks.',
];

/** The phase a week belongs to. */
export function phaseOf(week: number): Phase {
  return PHASES.find((phase) => week >= phase.first && week <= phase.last) ?? PHASES[PHASES.length - 1]!;
}

/** Whether a week asks for a re-audit. */
export function isMilestone(week: number): boolean {
  return (MILESTONE_WEEKS as readonly number[]).includes(week);
}

/** The first and last day of a week of the plan (week 1 starts on the start date). */
export function weekDates(startDate: string, week: number): { first: string; last: string } {
  const first = addDaysTo(startDate, 7 * (week - 1));
  return { first, last: addDaysTo(first, 6) };
}

/** One event of the plan's calendar. */
export interface PlanEvent {
  /** Stable id for the calendar (so re-importing updates events instead of duplicating them). */
  uid: string;
  /** All-day event on this date, YYYY-MM-DD. */
  date: string;
  title: string;
  description: string;
}

/**
 * The plan's calendar: a weekly check-in on the last day of each of the 26 weeks, and a re-audit on the last day of
 * weeks 4, 13 and 26. All-day events, so they fall on the same date in every time zone.
 */
export function planEvents(startDate: string, siteUrl: string): PlanEvent[] {
  const events: PlanEvent[] = [];
  for (let week = 1; week <= WEEKS; week++) {
    const { last } = weekDates(startDate, week);
    const phase = phaseOf(week);
    events.push({
      uid: `real-networking-ramp-${startDate}-week-${week}@real-networking`,
      date: last,
      title: `Ramp plan: week ${week} check-in (${phase.name})`,
      // Plain ASCII ("...", not an ellipsis): the ics library folds lines by characters, and RFC 5545 counts bytes.
      description: `${WEEK_FOCUS[week - 1]}\n\nReview last week's commitment, note what you gave and learned, and write next week's "if ..., then I will ...".\n${siteUrl}`,
    });
    if (isMilestone(week)) {
      events.push({
        uid: `real-networking-ramp-${startDate}-reaudit-${week}@real-networking`,
        date: last,
        title: `Ramp plan: week ${week} network re-audit`,
        description: `Update your network audit, take a snapshot, and compare it with your first one.\n${siteUrl}`,
      });
    }
  }
  return events;
}
