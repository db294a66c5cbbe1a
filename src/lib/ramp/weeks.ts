/**
 * Which week of the 26-week ramp plan a day falls in. Kept apart from the plan itself (src/lib/ramp/plan.ts) so that
 * the home page's small script can use it without the validation library.
 */
import { daysBetween, isCalendarDate } from '~/lib/dates';

/** Weeks in the plan. */
export const WEEKS = 26;

/**
 * The week of the plan that `today` falls in: 0 before the start, 1 to 26 during it, 27 after it. Counted in
 * calendar days, so a daylight-saving change never moves a week.
 */
export function weekOn(startDate: string, today: string): number {
  const days = daysBetween(startDate, today);
  if (days < 0) return 0;
  return Math.min(WEEKS + 1, Math.floor(days / 7) + 1);
}

/**
 * The plan's first day: module 7's worksheet's answer (`readiness` is that worksheet's answers), or, while the
 * worksheet has none, the date the plan itself saved before the two became one answer.
 */
export function rampStart(
  plan: { startDate?: string | undefined } | null | undefined,
  readiness: Record<string, unknown> | undefined,
): string | undefined {
  const answer = readiness?.['start-date'];
  if (typeof answer === 'string' && isCalendarDate(answer)) return answer;
  return plan?.startDate && isCalendarDate(plan.startDate) ? plan.startDate : undefined;
}
