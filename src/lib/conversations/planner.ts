/**
 * The conversation planner (module 6): before a conversation, its purpose, the questions with a follow-up for each,
 * and what you can offer; after it, what you learned, the follow-up questions you actually asked, and what you
 * promised. A promise becomes an entry in the give/get ledger with one click.
 *
 * Stored under `real-networking:conversations` as version 1: `{ v: 1, updatedAt, plans: ConversationPlan[] }`.
 */
import * as v from 'valibot';
import { isCalendarDate } from '~/lib/dates';
import type { LedgerEntry } from '~/lib/ledger/ledger';
import type { RecordSpec } from '~/lib/storage/stored-record';
import { isoTime, validateWith } from '~/lib/storage/validate';

/** A promise made in a conversation; `ledgerEntryId` once it is in the ledger. */
export interface Promise_ {
  id: string;
  text: string;
  due?: string | undefined;
  ledgerEntryId?: string | undefined;
}

/** One planned (and later debriefed) conversation. */
export interface ConversationPlan {
  id: string;
  /** Who the conversation is with: a name or alias. */
  with: string;
  contactId?: string | undefined;
  date?: string | undefined;
  purpose?: string | undefined;
  /** Questions, each with a follow-up ready. */
  questions: { id: string; question: string; followUp: string }[];
  offer?: string | undefined;
  learned?: string | undefined;
  /** Follow-up questions actually asked, in the learner's words. */
  followUpsAsked?: string | undefined;
  promises: Promise_[];
  createdAt: string;
}

/** The planner as stored. */
export interface PlannerRecord {
  v: 1;
  updatedAt: string;
  plans: ConversationPlan[];
}

const text = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)));
const day = v.optional(v.pipe(v.string(), v.check(isCalendarDate, 'not a calendar date')));

export const plannerRecordSpec: RecordSpec<PlannerRecord> = {
  name: 'conversation planner',
  version: 1,
  validate: validateWith(
    v.object({
      v: v.literal(1),
      updatedAt: isoTime,
      plans: v.pipe(
        v.array(
          v.object({
            id: v.string(),
            with: v.pipe(v.string(), v.maxLength(200)),
            contactId: v.optional(v.string()),
            date: day,
            purpose: text(2000),
            questions: v.pipe(
              v.array(
                v.object({
                  id: v.string(),
                  question: v.pipe(v.string(), v.maxLength(1000)),
                  followUp: v.pipe(v.string(), v.maxLength(1000)),
                }),
              ),
              v.maxLength(30),
            ),
            offer: text(2000),
            learned: text(5000),
            followUpsAsked: text(2000),
            promises: v.pipe(
              v.array(
                v.object({
                  id: v.string(),
                  text: v.pipe(v.string(), v.maxLength(500)),
                  due: day,
                  ledgerEntryId: v.optional(v.string()),
                }),
              ),
              v.maxLength(30),
            ),
            createdAt: isoTime,
          }),
        ),
        v.maxLength(500),
      ),
    }) as v.GenericSchema<unknown, PlannerRecord>,
  ),
  migrations: {},
};

/** A planner with no conversations. */
export function emptyPlanner(now: string): PlannerRecord {
  return { v: 1, updatedAt: now, plans: [] };
}

/** A new conversation plan with one empty question ready. */
export function newPlan(id: string, withWhom: string, now: string, questionId: string): ConversationPlan {
  return {
    id,
    with: withWhom,
    questions: [{ id: questionId, question: '', followUp: '' }],
    promises: [],
    createdAt: now,
  };
}

/** The planner with one plan changed (or added, if new). Newest first. */
export function putPlan(planner: PlannerRecord, plan: ConversationPlan): PlannerRecord {
  const others = planner.plans.filter((existing) => existing.id !== plan.id);
  return { ...planner, plans: [plan, ...others].sort(newestPlanFirst) };
}

/** The planner's order: the plan made last first. */
export function newestPlanFirst(a: ConversationPlan, b: ConversationPlan): number {
  return a.createdAt === b.createdAt ? 0 : a.createdAt < b.createdAt ? 1 : -1;
}

/** The planner without a plan. */
export function removePlan(planner: PlannerRecord, id: string): PlannerRecord {
  return { ...planner, plans: planner.plans.filter((plan) => plan.id !== id) };
}

/**
 * The ledger entry a promise becomes: something you will give, on the day of the conversation, with the promise's
 * due date as its follow-up.
 */
export function promiseToLedgerEntry(
  plan: ConversationPlan,
  promise: Promise_,
  entryId: string,
  today: string,
): LedgerEntry {
  return {
    id: entryId,
    date: plan.date ?? today,
    contact: plan.with,
    contactId: plan.contactId,
    direction: 'gave',
    kind: 'support',
    fiveMinuteFavour: false,
    followUp: promise.due,
    note: `Promised in our conversation: ${promise.text}`,
  };
}
