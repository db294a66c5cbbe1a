/**
 * Progress reports: what a client sends back to their coach (lessons done, worksheet answers, a summary of their
 * network audit), as text or a link, or as a file, optionally sealed with a passphrase (seal.ts).
 *
 * The report, version 1 (`ProgressReport` below): `{ "v": 1, "client", "assignmentId"?, "createdAt", "modules": [...],
 * "worksheets": [...], "audit"? }`. Readers ignore keys they do not know; any other change raises the version.
 *
 * As text or a link, version 1: `r1.` then base64url (no padding) of raw DEFLATE of the UTF-8 of the report's compact
 * JSON (see token.ts); at most 2,000,000 characters (the longest address Chromium opens), inflating to at most 5 MB.
 * The link: `<absolute URL of the coach's page>#r=<token>`, where the token may also be a sealed one (`s1.…`, the
 * seal of an `r1.` token).
 *
 * As a file (`.json`), file version 1, pretty-printed, one of:
 *
 * ```text
 * { "format": "real-networking-report", "version": 1, "report": { "v": 1, ... } }
 * { "format": "real-networking-report", "version": 1, "sealed": "s1.…" }   (the seal of an r1. token)
 * ```
 *
 * Reading a sealed report as text, link or file gives an error of kind `sealed` that carries the sealed token: ask
 * for the passphrase, then call `openSealedReport`.
 */
import { toDay } from '~/lib/dates';
import * as v from 'valibot';
import { CoachCodeError, coachError, failed, type CoachSubject, type Result } from '~/lib/coach/errors';
import { assignmentIdField, contentId, isoTime, personName, text, validateAs } from '~/lib/coach/fields';
import { checkSealed, isSealed, openSealed, sealText, SEAL_ITERATIONS } from '~/lib/coach/seal';
import { packToken, prefixOf, unpackToken, type TokenSpec } from '~/lib/coach/token';

/** The report version (in the report's `v` and its token's prefix) this site writes and the newest it reads. */
export const REPORT_VERSION = 1;
/** Every version-1 report token starts with this. */
export const REPORT_PREFIX = prefixOf({ letter: 'r', version: REPORT_VERSION });
/** Longest report token read or written: about the longest address Chromium opens. */
export const MAX_REPORT_TOKEN_CHARS = 2_000_000;
/** Most bytes a report may take uncompressed, and the largest report file read. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
/** The `format` every report file carries, so a file from another program is recognised as such. */
export const REPORT_FORMAT = 'real-networking-report';
/** The report file version this site writes and the newest it reads. */
export const REPORT_FILE_VERSION = 1;
/** Limits on a report's fields (generous: the 5 MB limit is the one that matters). */
export const REPORT_LIMITS = {
  name: 80,
  title: 300,
  label: 1000,
  text: 50_000,
  modules: 200,
  worksheets: 200,
  lines: 500,
  rows: 500,
  people: 5000,
  measures: 200,
  measure: 300,
} as const;

/** One lesson of the course and whether the client marked it complete. */
export interface ReportModule {
  /** The lesson's slug. */
  id: string;
  title: string;
  done: boolean;
  /** When it was marked complete, ISO time. */
  doneAt?: string;
}

/** One answered question (as src/lib/workbook/answer-outline.ts gives it), with a repeating group's rows. */
export interface ReportLine {
  label: string;
  text: string;
  rows?: { title: string; lines: { label: string; text: string }[] }[];
}

/** One worksheet's answers. */
export interface ReportWorksheet {
  id: string;
  title: string;
  /** When it last changed, ISO time. */
  updatedAt?: string;
  lines: ReportLine[];
}

/** What the client shares of their network audit. */
export interface ReportAudit {
  /** The people, by initials (see `initials`) unless the client chose to share names. */
  people: { name: string }[];
  /**
   * The audit's measures as the page shows them, each with what it rests on, and "not enough answers yet" where the
   * client's answers do not support a reading: `{ label: 'Effective size', value: '7.2 from 8 people (based on …)' }`.
   */
  measures: { label: string; value: string }[];
}

/** A progress report, version 1. */
export interface ProgressReport {
  v: 1;
  /** The client's name as they want it shown, at most 80 characters. */
  client: string;
  /** The assignment it answers, when there is one. */
  assignmentId?: string;
  /** When the report was made, ISO time. */
  createdAt: string;
  modules: ReportModule[];
  worksheets: ReportWorksheet[];
  audit?: ReportAudit;
}

const L = REPORT_LIMITS;
const pair = v.object({ label: text(L.label), text: text(L.text) });
const lineSchema = v.object({
  label: text(L.label),
  text: text(L.text),
  rows: v.optional(
    v.pipe(
      v.array(v.object({ title: text(L.title), lines: v.pipe(v.array(pair), v.maxLength(L.lines)) })),
      v.maxLength(L.rows),
    ),
  ),
});

/** The rules a report must meet to be written or read. */
export const reportSchema = v.object({
  v: v.literal(REPORT_VERSION),
  client: personName(L.name),
  assignmentId: v.optional(assignmentIdField),
  createdAt: isoTime,
  modules: v.pipe(
    v.array(v.object({ id: contentId, title: text(L.title), done: v.boolean(), doneAt: v.optional(isoTime) })),
    v.maxLength(L.modules),
  ),
  worksheets: v.pipe(
    v.array(
      v.object({
        id: contentId,
        title: text(L.title),
        updatedAt: v.optional(isoTime),
        lines: v.pipe(v.array(lineSchema), v.maxLength(L.lines)),
      }),
    ),
    v.maxLength(L.worksheets),
  ),
  audit: v.optional(
    v.object({
      people: v.pipe(v.array(v.object({ name: text(L.name) })), v.maxLength(L.people)),
      measures: v.pipe(v.array(v.object({ label: text(L.measure), value: text(L.measure) })), v.maxLength(L.measures)),
    }),
  ),
});

const spec: TokenSpec = {
  letter: 'r',
  version: REPORT_VERSION,
  maxChars: MAX_REPORT_TOKEN_CHARS,
  maxBytes: MAX_REPORT_BYTES,
  subject: 'report',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validate a report already parsed, saying `newer-version` for a report whose `v` is above this site's. */
function readReportValue(value: unknown, subject: CoachSubject): Result<ProgressReport> {
  if (isObject(value) && typeof value['v'] === 'number' && value['v'] > REPORT_VERSION) {
    return failed(coachError('newer-version', subject));
  }
  return validateAs(reportSchema, value, subject);
}

/** The `sealed` error for a sealed token, or why the token cannot be a sealed report at all. */
function sealedError<T>(token: string, subject: CoachSubject): Result<T> {
  const checked = checkSealed(token, subject);
  if (!checked.ok) return checked;
  return failed(coachError('sealed', subject, { sealed: token.replace(/\s+/g, '') }));
}

/**
 * Check a report against the rules: the report with unknown keys dropped, or an `invalid` error whose `detail` names
 * the field. Never throws.
 */
export function checkReport(value: unknown): Result<ProgressReport> {
  return readReportValue(value, 'report');
}

function checked(r: ProgressReport): ProgressReport {
  const result = checkReport(r);
  if (!result.ok) throw result.error;
  return result.value;
}

const tooLargeToSend = () =>
  new CoachCodeError(
    'too-large',
    'This report is larger than the course can send (5 MB). Leave out some worksheets or the audit, and try again.',
  );

/**
 * The token for a report (`r1.…`). Throws a `CoachCodeError` of kind `invalid` (its `detail` names the field) when
 * the report breaks a rule, or `too-large` past 5 MB or 2,000,000 characters, so that nothing is ever sent that
 * `decodeReport` would refuse.
 */
export function encodeReport(r: ProgressReport): string {
  const { token, bytes } = packToken(spec, checked(r));
  if (bytes > MAX_REPORT_BYTES || token.length > MAX_REPORT_TOKEN_CHARS) throw tooLargeToSend();
  return token;
}

/**
 * Read a report token (`r1.…`): the report, or a plain reason it cannot be read. A sealed token (`s1.…`) gives an
 * error of kind `sealed` carrying it, for `openSealedReport`. Never throws.
 */
export function decodeReport(token: string): Result<ProgressReport> {
  try {
    if (isSealed(token)) return sealedError(token, 'report');
    const unpacked = unpackToken(token, spec);
    if (!unpacked.ok) return unpacked;
    return readReportValue(unpacked.value, 'report');
  } catch {
    return failed(coachError('damaged', 'report'));
  }
}

/**
 * Seal a report with a passphrase: the seal (seal.ts) of its `r1.` token. Rejects as `encodeReport` throws, and as
 * `sealText` rejects. `iterations` is for tests only.
 */
export async function sealReport(
  r: ProgressReport,
  passphrase: string,
  iterations: number = SEAL_ITERATIONS,
): Promise<string> {
  return sealText(encodeReport(r), passphrase, iterations);
}

/**
 * Open a sealed report with its passphrase: the report, or a plain reason (`wrong-passphrase` among them). Never
 * throws or rejects. `iterations` is for tests only.
 */
export async function openSealedReport(
  token: string,
  passphrase: string,
  iterations: number = SEAL_ITERATIONS,
): Promise<Result<ProgressReport>> {
  const opened = await openSealed(token, passphrase, iterations);
  if (!opened.ok) return opened;
  const report = decodeReport(opened.value);
  // A seal always holds an r1. token; anything else inside means it was not made by this course.
  if (!report.ok && report.error.kind === 'sealed') return failed(coachError('not-ours', 'report'));
  return report;
}

/**
 * A report link: `base` (the absolute URL of the coach's page; any fragment it has is dropped) with `#r=<token>`,
 * where the token is an `r1.` token from `encodeReport` or an `s1.` one from `sealReport`. Read it back with
 * `tokenFromFragment(hash, 'r')` (assignment.ts).
 */
export function reportLink(base: string, token: string): string {
  const hash = base.indexOf('#');
  return `${hash === -1 ? base : base.slice(0, hash)}#r=${token}`;
}

/** The report file's name for a local date: real-networking-report-2026-11-25.json. */
export function reportFileName(now: Date): string {
  return `real-networking-report-${toDay(now)}.json`;
}

/** The text of a report file (pretty JSON). Throws as `encodeReport` does. */
export function reportFile(r: ProgressReport): string {
  const file = JSON.stringify({ format: REPORT_FORMAT, version: REPORT_FILE_VERSION, report: checked(r) }, null, 2);
  if (new TextEncoder().encode(file).length > MAX_REPORT_BYTES) throw tooLargeToSend();
  return file;
}

/**
 * The text of a sealed report file, for a token from `sealReport`. Throws a `CoachCodeError` of kind `invalid` when
 * the token is not a sealed one.
 */
export function sealedReportFile(sealed: string): string {
  const token = typeof sealed === 'string' ? sealed.replace(/\s+/g, '') : sealed;
  if (!isSealed(token) || !checkSealed(token).ok) {
    throw new CoachCodeError('invalid', 'This is not a sealed report, so it cannot be saved as one.');
  }
  return JSON.stringify({ format: REPORT_FORMAT, version: REPORT_FILE_VERSION, sealed: token }, null, 2);
}

/**
 * Read a report file completely: the report, or a plain reason it cannot be read (another program's file, cut off,
 * damaged, too large, a newer version, not valid). A sealed file gives an error of kind `sealed` carrying the sealed
 * token, for `openSealedReport`. `byteSize` is the file's size (File.size); it defaults to the text's length. Never
 * throws.
 */
export function readReportFile(
  text: string,
  byteSize: number = typeof text === 'string' ? text.length : 0,
): Result<ProgressReport> {
  const fail = (kind: CoachCodeError['kind']) => failed<ProgressReport>(coachError(kind, 'report-file'));
  try {
    if (typeof text !== 'string') return fail('not-ours');
    const size = Math.max(Number.isFinite(byteSize) ? byteSize : 0, text.length);
    if (size > MAX_REPORT_BYTES) {
      return failed(
        new CoachCodeError(
          'too-large',
          `This file is ${(size / 1024 / 1024).toFixed(1)} MB, larger than any progress report (the limit is ${MAX_REPORT_BYTES / 1024 / 1024} MB), so it was not opened. Choose the .json report file you were sent.`,
        ),
      );
    }
    const body = text.replace(/^\uFEFF/, '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      if (!body.includes(`"${REPORT_FORMAT}"`)) return fail('not-ours');
      return fail(body.trimEnd().endsWith('}') ? 'damaged' : 'truncated');
    }
    if (!isObject(parsed) || parsed['format'] !== REPORT_FORMAT) return fail('not-ours');
    const version = parsed['version'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('damaged');
    if (version > REPORT_FILE_VERSION) return fail('newer-version');
    const hasSealed = 'sealed' in parsed;
    const hasReport = 'report' in parsed;
    if (hasSealed && hasReport) return fail('invalid');
    if (hasSealed) {
      const sealed = parsed['sealed'];
      if (typeof sealed !== 'string' || !isSealed(sealed)) return fail('damaged');
      return sealedError(sealed, 'report-file');
    }
    if (!hasReport) return fail('invalid');
    return readReportValue(parsed['report'], 'report-file');
  } catch {
    return fail('damaged');
  }
}

/**
 * A person's initials, to share who is in a network without their names: 'Zoë Nuñez' → 'Z. N.', 'Sam' → 'S.',
 * 'Jean-Luc Picard' → 'J.-L. P.'. Each word's first letter or digit (with its accents), upper-cased; extra spaces,
 * punctuation and emoji are skipped. An empty string when the name has no letter or digit. Never throws.
 */
export function initials(name: string): string {
  if (typeof name !== 'string') return '';
  const words = name.normalize('NFC').split(/\s+/u);
  const out: string[] = [];
  for (const word of words) {
    const parts: string[] = [];
    for (const part of word.split(/[-\u2010\u2011]/u)) {
      const first = /[\p{L}\p{N}]\p{M}*/u.exec(part);
      if (first) parts.push(`${first[0].toUpperCase()}.`);
    }
    if (parts.length > 0) out.push(parts.join('-'));
  }
  return out.join(' ');
}
