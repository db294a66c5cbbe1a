/**
 * Progress reports: what a client sends back to their coach (lessons done, worksheet answers, a summary of their
 * network audit), as a link or a file. Nothing of it can be read on the way.
 *
 * The report, version 1 (`ProgressReport` below): `{ "v": 1, "client", "assignmentId"?, "createdAt", "modules": [...],
 * "worksheets": [...], "audit"? }`. Readers ignore keys they do not know; any other change raises the version. Names,
 * titles and texts are cleaned as they are read (clean.ts). A report is at most 200 KB of JSON (UTF-8): what a coach's
 * dashboard keeps of one report (dashboard.ts).
 *
 * As text or a link, three forms:
 * - `r2.<assignment id>.…`: locked with the key of the assignment it answers (keyed.ts): private, and verified by the
 *   coach who made the assignment. What this site sends for a client with an assignment that has a key.
 * - `s1.…`: sealed with a passphrase (seal.ts), the seal of an `r1.` token. What this site sends for a client with no
 *   assignment (or one from an old link with no key). Private, but not verified: anyone with the passphrase could
 *   have made it.
 * - `r1.…`: base64url (no padding) of raw DEFLATE of the report's compact JSON with a CRC-32 (token.ts). Written by
 *   earlier versions of the site and still read, as unverified: anyone who saw it could read it or make one like it.
 *
 * Any text or link longer than 450,000 characters is refused before anything else is done with it. The link:
 * `<absolute URL of the coach's page>#r=<token>`.
 *
 * As a file (`.json`), file version 2: `{ "format": "real-networking-report", "version": 2, "token": "r2.…" | "s1.…" }`
 * (pretty-printed). File version 1, still read: `{ …, "version": 1, "report": { "v": 1, ... } }` (not locked) or
 * `{ …, "version": 1, "sealed": "s1.…" }`. A file larger than 600 KB is refused from its size, before it is read.
 */
import { toDay } from '~/lib/dates';
import { CoachCodeError, coachError, failed, ok, type CoachSubject, type Result } from '~/lib/coach/errors';
import { lockForAssignment, openWithKey, readKeyedToken, type KeyedToken } from '~/lib/coach/keyed';
import { checkSealed, isSealed, openSealed, sealText, SEAL_ITERATIONS } from '~/lib/coach/seal';
import {
  MAX_REPORT_BYTES,
  MAX_REPORT_FILE_BYTES,
  MAX_REPORT_TEXT_CHARS,
  tooLongToRead,
  type ProgressReport,
} from '~/lib/coach/report-shape';
import { checkReport, readReportValue } from '~/lib/coach/report-schema';
import { packToken, prefixOf, readPrefix, unpackToken, type TokenSpec } from '~/lib/coach/token';

export { checkReport, reportSchema } from '~/lib/coach/report-schema';
export {
  MAX_REPORT_BYTES,
  MAX_REPORT_FILE_BYTES,
  MAX_REPORT_TEXT_CHARS,
  REPORT_LIMITS,
  REPORT_VERSION,
  initials,
  storedReportSchema,
  type ProgressReport,
  type ReportAudit,
  type ReportCheck,
  type ReportLine,
  type ReportModule,
  type ReportWorksheet,
} from '~/lib/coach/report-shape';

/** Every unlocked report token starts with this (the old form, still read). */
export const REPORT_PREFIX = /* @__PURE__ */ prefixOf({ letter: 'r', version: 1 });
/** Longest `r1.` or `r2.` token read or written: a report of the largest size fits, however badly it compresses. */
export const MAX_REPORT_TOKEN_CHARS = 300_000;
/** The `format` every report file carries, so a file from another program is recognised as such. */
export const REPORT_FORMAT = 'real-networking-report';
/** The report file version this site writes and the newest it reads. */
export const REPORT_FILE_VERSION = 2;

const plainSpec: TokenSpec = {
  letter: 'r',
  version: 1,
  maxChars: MAX_REPORT_TOKEN_CHARS,
  maxBytes: MAX_REPORT_BYTES,
  subject: 'report',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;

/** The `too-large` error for a report, naming the limit. */
function tooLarge(subject: CoachSubject, size?: string): CoachCodeError {
  const what = subject === 'report-file' ? 'file' : subject === 'report' ? 'report' : 'link';
  return new CoachCodeError(
    'too-large',
    `This ${what} is ${size ? `${size}, ` : ''}larger than a progress report may be (${kb(MAX_REPORT_BYTES)} of answers), so it was not opened and nothing was kept. Ask your client to send less: fewer worksheets, or the audit without names.`,
  );
}

/** A failed result, with the report's own message for `too-large`. */
function reportFailure<T>(error: CoachCodeError, subject: CoachSubject): Result<T> {
  return failed(
    error.kind === 'too-large' && !error.message.includes('progress report may be') ? tooLarge(subject) : error,
  );
}

function checked(r: ProgressReport): ProgressReport {
  const result = checkReport(r);
  if (!result.ok) throw result.error;
  return result.value;
}

/** The size of a report's JSON in bytes, which `MAX_REPORT_BYTES` limits. */
export function reportBytes(r: ProgressReport): number {
  return new TextEncoder().encode(JSON.stringify(r)).length;
}

const tooLargeToSend = (bytes: number) =>
  new CoachCodeError(
    'too-large',
    `This report holds ${kb(bytes)} of answers, more than a coach's dashboard keeps (${kb(MAX_REPORT_BYTES)}). Leave out some worksheets or the audit, and try again.`,
  );

/**
 * The unlocked token for a report (`r1.…`), which only a passphrase seal wraps now. Throws a `CoachCodeError` of kind
 * `invalid` (its `detail` names the field) when the report breaks a rule, or `too-large` past 200 KB, so that nothing
 * is ever sent that a reader would refuse.
 */
export function encodeReport(r: ProgressReport): string {
  const { token, bytes } = packToken(plainSpec, checked(r));
  if (bytes > MAX_REPORT_BYTES || token.length > MAX_REPORT_TOKEN_CHARS) throw tooLargeToSend(bytes);
  return token;
}

/**
 * Lock a report with its assignment's key (`r2.<id>.…`, keyed.ts). The report must name the assignment. Rejects as
 * `encodeReport` throws, and with `unsupported` where the browser has no Web Crypto.
 */
export async function lockReport(r: ProgressReport, key: string): Promise<string> {
  const report = checked(r);
  if (!report.assignmentId) throw new CoachCodeError('invalid', 'This report answers no assignment, so it has no key.');
  if (typeof globalThis.crypto?.subtle?.deriveKey !== 'function') throw coachError('unsupported', 'report');
  const { token, bytes } = await lockForAssignment(report, report.assignmentId, key);
  if (bytes > MAX_REPORT_BYTES || token.length > MAX_REPORT_TOKEN_CHARS) throw tooLargeToSend(bytes);
  return token;
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
 * What a report text, link or file holds, before any key or passphrase: an unlocked report (old, unverified), a report
 * locked with an assignment's key (open it with `openKeyedReport`), or one sealed with a passphrase (open it with
 * `openSealedReport`).
 */
export type ReportEnvelope =
  { kind: 'plain'; report: ProgressReport } | { kind: 'keyed'; keyed: KeyedToken } | { kind: 'sealed'; token: string };

/** Read a token of any of the three forms. */
function readToken(token: string, subject: CoachSubject): Result<ReportEnvelope> {
  const prefix = readPrefix(token.trimStart());
  if (prefix?.letter === 's') {
    const sealed = checkSealed(token, subject);
    return sealed.ok ? ok({ kind: 'sealed', token: token.replace(/\s+/g, '') }) : reportFailure(sealed.error, subject);
  }
  if (prefix?.letter === 'r' && prefix.version >= 2) {
    const keyed = readKeyedToken(token, MAX_REPORT_TOKEN_CHARS, subject);
    return keyed.ok ? ok({ kind: 'keyed', keyed: keyed.value }) : reportFailure(keyed.error, subject);
  }
  const unpacked = unpackToken(token, { ...plainSpec, subject });
  if (!unpacked.ok) return reportFailure(unpacked.error, subject);
  const report = readReportValue(unpacked.value.value, subject);
  return report.ok ? ok({ kind: 'plain', report: report.value }) : report;
}

/**
 * Read what a client sent as text: a report link (`…#r=…`) or a token on its own. Its length is checked first, before
 * anything else is done with it: a text longer than any report link is refused at once, however it was made. Then the
 * envelope, or a plain reason it cannot be read. Never throws.
 */
export function readReportText(text: string): Result<ReportEnvelope> {
  try {
    if (typeof text !== 'string') return failed(coachError('not-ours', 'report'));
    if (text.length > MAX_REPORT_TEXT_CHARS) return failed(new CoachCodeError('too-large', tooLongToRead(text.length)));
    const trimmed = text.trim();
    const at = trimmed.indexOf('#');
    let token = trimmed;
    if (at !== -1) {
      const value = new URLSearchParams(trimmed.slice(at + 1)).get('r');
      if (!value) return failed(coachError('not-ours', 'report'));
      token = value;
    }
    return readToken(token, 'report');
  } catch {
    return failed(coachError('damaged', 'report'));
  }
}

/**
 * Open a report locked with an assignment's key, with that key: the report, or why not (`forged` when it does not
 * open, or when what is inside names another assignment; `too-large`, `damaged`, `invalid`, `unsupported`). Never
 * throws or rejects.
 */
export async function openKeyedReport(keyed: KeyedToken, key: string): Promise<Result<ProgressReport>> {
  const opened = await openWithKey(keyed, key, MAX_REPORT_BYTES, 'report');
  if (!opened.ok) return reportFailure(opened.error, 'report');
  const report = readReportValue(opened.value, 'report');
  if (!report.ok) return report;
  if (report.value.assignmentId !== keyed.assignmentId) return failed(coachError('forged', 'report'));
  return report;
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
  // A seal always holds an r1. token; anything else inside means it was not made by this course.
  const inside = opened.value.trimStart();
  if (!inside.startsWith(REPORT_PREFIX)) return failed(coachError('not-ours', 'report'));
  const read = readToken(inside, 'report');
  if (!read.ok) return read;
  return read.value.kind === 'plain' ? ok(read.value.report) : failed(coachError('not-ours', 'report'));
}

/**
 * A report link: `base` (the absolute URL of the coach's page; any fragment it has is dropped) with `#r=<token>`, where
 * the token is an `r2.` one from `lockReport` or an `s1.` one from `sealReport`.
 */
export function reportLink(base: string, token: string): string {
  const hash = base.indexOf('#');
  return `${hash === -1 ? base : base.slice(0, hash)}#r=${token}`;
}

/** The report file's name for a local date: real-networking-report-2026-11-25.json. */
export function reportFileName(now: Date): string {
  return `real-networking-report-${toDay(now)}.json`;
}

/**
 * The text of a report file (file version 2) for a locked (`r2.`) or sealed (`s1.`) token. Throws a `CoachCodeError`
 * of kind `invalid` for anything else.
 */
export function reportFile(token: string): string {
  const compact = typeof token === 'string' ? token.replace(/\s+/g, '') : '';
  const read = compact.length <= MAX_REPORT_TEXT_CHARS ? readToken(compact, 'report') : undefined;
  if (!read?.ok || read.value.kind === 'plain') {
    throw new CoachCodeError('invalid', 'Only a locked or sealed report is saved as a file.');
  }
  return JSON.stringify({ format: REPORT_FORMAT, version: REPORT_FILE_VERSION, token: compact }, null, 2);
}

/**
 * Read a report file completely: the envelope, or a plain reason it cannot be read (another program's file, cut off,
 * damaged, too large, a newer version, not valid). `byteSize` is the file's size (File.size); it defaults to the
 * text's length; a file over 600 KB is refused from it before the text is looked at. Never throws.
 */
export function readReportFile(
  text: string,
  byteSize: number = typeof text === 'string' ? text.length : 0,
): Result<ReportEnvelope> {
  const fail = (kind: CoachCodeError['kind']) => failed<ReportEnvelope>(coachError(kind, 'report-file'));
  try {
    const size = Math.max(Number.isFinite(byteSize) ? byteSize : 0, typeof text === 'string' ? text.length : 0);
    if (size > MAX_REPORT_FILE_BYTES) return failed(tooLarge('report-file', `${kb(size)}`));
    if (typeof text !== 'string') return fail('not-ours');
    const body = text.replace(/^\uFEFF/, '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      if (!body.includes(`"${REPORT_FORMAT}"`)) return fail('not-ours');
      return fail(unclosed(body) ? 'truncated' : 'damaged');
    }
    if (isObject(parsed) && parsed['format'] === 'real-networking-workbook') {
      // A learner's own workbook, from this course: not "another program's" file, and the coach needs telling apart.
      return failed(
        new CoachCodeError(
          'not-ours',
          'This is a workbook file from this course, not a progress report: it holds a learner\'s own answers, for their own browsers. Ask your client for a report: they make one on the "Progress report" page of their workbook.',
        ),
      );
    }
    if (!isObject(parsed) || parsed['format'] !== REPORT_FORMAT) return fail('not-ours');
    const version = parsed['version'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('damaged');
    if (version > REPORT_FILE_VERSION) return fail('newer-version');
    const parts = ['token', 'sealed', 'report'].filter((part) => part in parsed);
    if (parts.length !== 1) return fail('invalid');
    if (version === 2) {
      const token = parsed['token'];
      if (typeof token !== 'string' || parts[0] !== 'token') return fail('invalid');
      const read = readToken(token, 'report-file');
      return read.ok && read.value.kind === 'plain' ? fail('invalid') : read;
    }
    if (parts[0] === 'sealed') {
      const sealed = parsed['sealed'];
      if (typeof sealed !== 'string' || !isSealed(sealed)) return fail('damaged');
      return readToken(sealed, 'report-file');
    }
    if (parts[0] !== 'report') return fail('invalid');
    const report = readReportValue(parsed['report'], 'report-file');
    return report.ok ? ok({ kind: 'plain', report: report.value }) : report;
  } catch {
    return fail('damaged');
  }
}

/** Whether JSON text stops with a string, object or array still open: cut off, rather than damaged in the middle. */
function unclosed(json: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}
