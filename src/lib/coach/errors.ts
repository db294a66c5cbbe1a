/**
 * Why a coach-mode link, report or file could not be read, in words a learner (or their coach) understands.
 *
 * Every decoder in src/lib/coach returns a `Result`: `{ ok: true, value }` or `{ ok: false, error }`, where `error` is a
 * `CoachCodeError` whose `kind` says what went wrong (for the page's logic) and whose `message` says it plainly (to
 * show as is). Decoders never throw. Encoders (which only ever see data this site made) throw a `CoachCodeError` when
 * asked to make something no decoder would accept, so a coach is never handed a link that cannot be opened.
 *
 * No format of its own; the formats are described at the top of assignment.ts, report.ts and seal.ts.
 */
import * as v from 'valibot';

/** Every way reading can fail. */
export const COACH_ERROR_KINDS = [
  'not-ours',
  'truncated',
  'damaged',
  'too-large',
  'newer-version',
  'wrong-passphrase',
  'not-issued',
  'forged',
  'invalid',
  'unsupported',
] as const;

/**
 * What went wrong:
 * - `not-ours`: not something this course made (another program's file, another kind of link, random text);
 * - `truncated`: ours, but cut off (usually when a long link was copied);
 * - `damaged`: ours, but some characters were changed;
 * - `too-large`: larger than anything this course makes, so not read at all;
 * - `newer-version`: made by a newer version of the course than this site;
 * - `wrong-passphrase`: a sealed report that this passphrase does not open (or that was changed after sealing);
 * - `not-issued`: a report locked with the key of an assignment this browser did not make, so it cannot be opened;
 * - `forged`: a report that names one of this browser's assignments but does not open with its key: it was changed
 *   after it was made, or made by someone other than the client (or names another assignment than the one it was
 *   made for);
 * - `invalid`: read completely, but what it holds is not a valid assignment or report;
 * - `unsupported`: this browser cannot do it here (sealing needs Web Crypto, which browsers give only to https pages).
 */
export type CoachErrorKind = (typeof COACH_ERROR_KINDS)[number];

/** What was being read, so the message names it: an assignment link, a report (text or link), a report file. */
export type CoachSubject = 'assignment' | 'report' | 'report-file';

/** A reason something could not be read: `kind` for the code, `message` for the person. */
export class CoachCodeError extends Error {
  /** What went wrong. */
  readonly kind: CoachErrorKind;
  /** Technical detail for a developer (which field failed validation, and why); never needed by the person. */
  readonly detail: string | undefined;
  /** An error of a kind, with the message to show and, optionally, a detail. */
  constructor(kind: CoachErrorKind, message: string, options: { detail?: string } = {}) {
    super(message);
    this.name = 'CoachCodeError';
    this.kind = kind;
    this.detail = options.detail;
  }
}

/** What a decoder gives: the value, or why there is none. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: CoachCodeError };

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result. */
export function failed<T>(error: CoachCodeError): Result<T> {
  return { ok: false, error };
}

/** Whether a value is a `CoachCodeError` (for tests and for code that catches an encoder's error). */
export function isCoachCodeError(value: unknown): value is CoachCodeError {
  return value instanceof CoachCodeError;
}

const again: Record<CoachSubject, string> = {
  assignment: 'Ask your coach to send the link again.',
  report: 'Ask for the report again.',
  'report-file': 'Ask for the report file again.',
};

const noun: Record<CoachSubject, string> = {
  assignment: 'link',
  report: 'report',
  'report-file': 'file',
};

/** The plain message for a kind of failure while reading a subject. */
export function messageFor(kind: CoachErrorKind, subject: CoachSubject): string {
  const thing = noun[subject];
  switch (kind) {
    case 'not-ours':
      if (subject === 'assignment') {
        return 'This is not a Real Networking assignment link. Check that you opened or pasted the whole link your coach sent.';
      }
      if (subject === 'report') {
        return 'This is not a Real Networking progress report. Check that you pasted all of the report you were sent.';
      }
      return 'This file is not a Real Networking progress report: it looks like it comes from another program. Choose the .json report file you were sent.';
    case 'truncated':
      return `This ${thing} is incomplete: it may have been cut off when it was copied. ${again[subject]}`;
    case 'damaged':
      return `This ${thing} is damaged: some of it was changed, perhaps when it was copied. ${again[subject]}`;
    case 'too-large':
      return `This ${thing} is far larger than anything the course makes, so it was not opened. ${again[subject]}`;
    case 'newer-version':
      return `This ${thing} was made by a newer version of the course than this site, so it cannot be read here. Open it on the site it came from, or ask whoever hosts this site to update it.`;
    case 'wrong-passphrase':
      return 'This passphrase does not open the report. Either the passphrase is wrong, or the report was changed or cut short after it was sealed. Check the passphrase with the person who sealed it (capital letters and spaces count); if it is right, ask for the report again.';
    case 'not-issued':
      return 'This report answers an assignment that was not made in this browser, so it cannot be opened or checked here. If you made the assignment in another browser, import your coach data from there first; otherwise, ask who sent it.';
    case 'forged':
      return 'This report names an assignment you made, but it is not locked with that assignment’s key: it was changed after it was made, or it was made by someone other than your client. It cannot be trusted, so it was not opened.';
    case 'invalid':
      return subject === 'assignment'
        ? `This link was read, but what it holds is not a valid assignment, so it may have been changed. ${again[subject]}`
        : `This ${thing} was read, but what it holds is not a valid progress report, so it may have been changed. ${again[subject]}`;
    case 'unsupported':
      return 'This browser cannot lock or open reports on this page: that needs a secure (https) address. Open the course at its https address.';
  }
}

/** A `CoachCodeError` with the plain message for its kind and subject. */
export function coachError(
  kind: CoachErrorKind,
  subject: CoachSubject,
  options: { detail?: string } = {},
): CoachCodeError {
  return new CoachCodeError(kind, messageFor(kind, subject), options);
}

/** Validate a value: the schema's output (unknown keys dropped), or an `invalid` error naming the first problem. */
export function validateAs<T>(schema: v.GenericSchema<unknown, T>, value: unknown, subject: CoachSubject): Result<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return ok(result.output);
  const issue = result.issues[0];
  const where = issue.path?.map((item) => String(item.key)).join('.') || 'the whole';
  return failed(coachError('invalid', subject, { detail: `${where}: ${issue.message}` }));
}
