/**
 * Checking a report that arrives in a link or a file, or that a client is about to send: the rules of report-shape.ts
 * with every name and text cleaned (clean.ts). Loaded with the report codecs, when there is a report to read or send.
 */
import { cleanedName, cleanedText } from '~/lib/coach/cleaned-fields';
import { coachError, failed, validateAs, type CoachSubject, type Result } from '~/lib/coach/errors';
import { REPORT_VERSION, reportSchemaWith, type ProgressReport } from '~/lib/coach/report-shape';

/** The rules a report must meet to be written or read from a link or file: every name and text cleaned (clean.ts). */
export const reportSchema = /* @__PURE__ */ reportSchemaWith(cleanedName, cleanedText);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validate a report already parsed (text cleaned), saying `newer-version` for a report whose `v` is above this site's. */
export function readReportValue(value: unknown, subject: CoachSubject): Result<ProgressReport> {
  if (isObject(value) && typeof value['v'] === 'number' && value['v'] > REPORT_VERSION) {
    return failed(coachError('newer-version', subject));
  }
  return validateAs(reportSchema, value, subject) as Result<ProgressReport>;
}

/**
 * Check a report against the rules: the report with unknown keys dropped and its text cleaned, or an `invalid` error
 * whose `detail` names the field. Never throws.
 */
export function checkReport(value: unknown): Result<ProgressReport> {
  return readReportValue(value, 'report');
}
