/**
 * The field rules shared by assignments and progress reports (valibot schemas), as stored. The stricter rules for
 * what arrives in a link or a file are in cleaned-fields.ts. No format of its own.
 */
import * as v from 'valibot';
import { isCalendarDate } from '~/lib/dates';
import { isoTime as storedTime } from '~/lib/storage/validate';

/** Whether `YYYY-MM-DD` names a day that exists (2026-02-30 does not); shared with the rest of the site. */
export const isCalendarDay = isCalendarDate;

/** A day, `YYYY-MM-DD`, that exists. */
export const calendarDay = v.pipe(v.string(), v.isoDate(), v.check(isCalendarDay, 'not a day of the calendar'));

/** A time in ISO form on a day that exists (the same rule as the workbook's stored records). */
export const isoTime = storedTime;

/** The id of a lesson or worksheet: kebab-case, like `give-before-you-get`, at most 80 characters. */
export const contentId = v.pipe(
  v.string(),
  v.maxLength(80),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a lesson or worksheet id (kebab-case)'),
);

/** The shortest passphrase a report is sealed with (seal.ts): the passphrase is all that keeps a sealed report private. */
export const MIN_PASSPHRASE_CHARS = 16;

/** What an assignment's key looks like (keyed.ts): 32 bytes as 43 characters of base64url. */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Names an object already has (`__proto__`, `constructor`, `toString`...): never an id, since ids become keys. */
const isObjectBuiltIn = (id: string) => id === 'prototype' || Object.hasOwn(Object.prototype, id);

/**
 * An assignment's id: 1 to 64 characters of A–Z a–z 0–9 - _ (safe in a URL and a file name), and not a name every
 * object already has, since ids are keys of stored records.
 */
export const assignmentIdField = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an assignment id'),
  v.check((id) => !isObjectBuiltIn(id), 'not an assignment id'),
);

/** A person's name as they want it shown: not blank, at most `max` characters (UTF-16 code units, like `maxlength`). */
export function personName(max: number) {
  return v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((text) => text.trim() !== '', 'blank'),
  );
}

/** Text of at most `max` characters (UTF-16 code units, like an input's `maxlength`). */
export function text(max: number) {
  return v.pipe(v.string(), v.maxLength(max));
}
