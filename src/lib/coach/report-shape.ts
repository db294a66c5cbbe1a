/**
 * What a progress report is, and the rules it must meet: the shapes that pages reading stored data need at once, apart
 * from the report's codecs (report.ts), which load only when a report is made or read. Formats in report.ts.
 */
import * as v from 'valibot';
import type { CheckScore } from '~/lib/checks/score';
import { assignmentIdField, contentId, isoTime, personName, text } from '~/lib/coach/fields';

/** The report version (the report's `v`) this site writes and the newest it reads. */
export const REPORT_VERSION = 1;
/** Most bytes of JSON a report may hold: what a coach's dashboard keeps of one report. */
export const MAX_REPORT_BYTES = 200 * 1024;
/** Longest text or link read as a report (a sealed one is the longest form): longer is refused before anything else. */
export const MAX_REPORT_TEXT_CHARS = 450_000;
/** The message for a text too long to be any report, said before anything else is done with it. */
export function tooLongToRead(length: number): string {
  return `This text is ${length.toLocaleString('en')} characters long, far longer than any report link (at most ${MAX_REPORT_TEXT_CHARS.toLocaleString('en')}), so it was not read and nothing was kept. Check that you copied the link your client sent, and only that.`;
}

/** Largest report file read: a report of the largest size fits, pretty-printed. */
export const MAX_REPORT_FILE_BYTES = 600 * 1024;
/** Limits on a report's fields (generous: the 200 KB limit is the one that matters). */
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
  checks: 200,
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
   * client's answers do not support a reading (src/lib/network/insights.ts, `insightReading`):
   * `{ label: 'Effective size', value: '7.2 from 8 people (efficiency 90%) (based on 8 of 12 people: …)' }`.
   */
  measures: { label: string; value: string }[];
}

/** One knowledge check's score, as the client shares it: counted by first tries (src/lib/checks/score.ts). */
export interface ReportCheck extends CheckScore {
  /** The check's id (its lesson's slug). */
  id: string;
  /** "Module 3, Audit your network". */
  title: string;
}

/** A progress report, version 1. */
export interface ProgressReport {
  v: 1;
  /** The client's name as they want it shown, at most 80 characters. */
  client: string;
  /** The assignment it answers, when there is one. */
  assignmentId?: string;
  /** When the report was made, ISO time (the client's clock). */
  createdAt: string;
  modules: ReportModule[];
  worksheets: ReportWorksheet[];
  audit?: ReportAudit;
  /**
   * Knowledge-check scores, if the client chose to share them. Added after version 1 as an optional key: a site that
   * does not know it reads the report without the scores, and a report without it reads here.
   */
  checks?: ReportCheck[];
}

const L = REPORT_LIMITS;
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));

/** The report's schema, with `name` and `words` as the rules for names and for other text. */
export function reportSchemaWith(
  name: (max: number) => v.GenericSchema<string, string>,
  words: (max: number) => v.GenericSchema<string, string>,
) {
  const pair = v.object({ label: words(L.label), text: words(L.text) });
  const lineSchema = v.object({
    label: words(L.label),
    text: words(L.text),
    rows: v.optional(
      v.pipe(
        v.array(v.object({ title: words(L.title), lines: v.pipe(v.array(pair), v.maxLength(L.lines)) })),
        v.maxLength(L.rows),
      ),
    ),
  });
  return v.object({
    v: v.literal(REPORT_VERSION),
    client: name(L.name),
    assignmentId: v.optional(assignmentIdField),
    createdAt: isoTime,
    modules: v.pipe(
      v.array(v.object({ id: contentId, title: words(L.title), done: v.boolean(), doneAt: v.optional(isoTime) })),
      v.maxLength(L.modules),
    ),
    worksheets: v.pipe(
      v.array(
        v.object({
          id: contentId,
          title: words(L.title),
          updatedAt: v.optional(isoTime),
          lines: v.pipe(v.array(lineSchema), v.maxLength(L.lines)),
        }),
      ),
      v.maxLength(L.worksheets),
    ),
    audit: v.optional(
      v.object({
        people: v.pipe(v.array(v.object({ name: words(L.name) })), v.maxLength(L.people)),
        measures: v.pipe(
          v.array(v.object({ label: words(L.measure), value: words(L.measure) })),
          v.maxLength(L.measures),
        ),
      }),
    ),
    checks: v.optional(
      v.pipe(
        v.array(
          v.pipe(
            v.object({
              id: contentId,
              title: words(L.title),
              questions: count,
              answered: count,
              firstTryKnown: count,
              rightFirstTime: count,
              rightNow: count,
            }),
            v.check(
              (c) =>
                c.answered <= c.questions &&
                c.firstTryKnown <= c.answered &&
                c.rightFirstTime <= c.firstTryKnown &&
                c.rightNow <= c.answered,
              'a score larger than its questions',
            ),
          ),
        ),
        v.maxLength(L.checks),
      ),
    ),
  });
}

/**
 * The rules for a report as a coach's browser stores it: those every earlier version of the site wrote by, so that
 * nothing stored before text was cleaned becomes unreadable.
 */
export const storedReportSchema = /* @__PURE__ */ reportSchemaWith(personName, text);

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
