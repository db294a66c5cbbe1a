/**
 * What an assignment is, and the rules it must meet: the shapes that pages reading stored data need at once, apart
 * from the link's codec (assignment.ts), which loads only when a link is made or read.
 */
import * as v from 'valibot';
import { assignmentIdField, calendarDay, contentId, isoTime, KEY_PATTERN, personName, text } from '~/lib/coach/fields';

/** Limits on an assignment's fields. */
export const ASSIGNMENT_LIMITS = { name: 80, note: 300, minItems: 1, maxItems: 40 } as const;

/** One thing to do: a module (lesson, by slug) or a worksheet (by id), with an optional due day. */
export interface AssignmentItem {
  kind: 'module' | 'worksheet';
  /** The lesson's slug or the worksheet's id, kebab-case. */
  id: string;
  /** `YYYY-MM-DD`. */
  due?: string;
}

/** What a coach assigns to one client. */
export interface Assignment {
  /** Stable per coach and client (1–64 of A–Z a–z 0–9 - _), so a progress report can name what it answers. */
  id: string;
  /** The coach's name as they want it shown, at most 80 characters. */
  coach: string;
  /** The client's name as the coach wants it shown, at most 80 characters. */
  client: string;
  /** In the order the coach wants them done: 1 to 40, no item twice. */
  items: AssignmentItem[];
  /** A note from the coach, at most 300 characters, shown as plain text. */
  note?: string;
  /** When the coach made the link, ISO time. */
  issuedAt: string;
  /** The key that locks the client's reports (keyed.ts); absent in a version-1 link. */
  key?: string;
}

const itemSchema = v.object({
  kind: v.picklist(['module', 'worksheet']),
  id: contentId,
  due: v.optional(calendarDay),
});

/** The items of an assignment: 1 to 40, no item twice. */
export const itemsSchema = v.pipe(
  v.array(itemSchema),
  v.minLength(ASSIGNMENT_LIMITS.minItems, 'no items'),
  v.maxLength(ASSIGNMENT_LIMITS.maxItems, `more than ${ASSIGNMENT_LIMITS.maxItems} items`),
  v.check(
    (items) => new Set(items.map((item) => `${item.kind}:${item.id}`)).size === items.length,
    'an item is listed twice',
  ),
);
/** An assignment's key. */
export const keySchema = v.pipe(v.string(), v.regex(KEY_PATTERN, 'not an assignment key'));

/**
 * The rules for an assignment as stored (by the client and by the coach): those that every earlier version of the
 * site wrote by, so that nothing stored before names were cleaned becomes unreadable.
 */
export const storedAssignmentSchema = v.object({
  id: assignmentIdField,
  coach: personName(ASSIGNMENT_LIMITS.name),
  client: personName(ASSIGNMENT_LIMITS.name),
  items: itemsSchema,
  note: v.optional(text(ASSIGNMENT_LIMITS.note)),
  issuedAt: isoTime,
  key: v.optional(keySchema),
});
