/**
 * The coach's side: the assignments they made (with the keys that lock their clients' reports) and the reports they
 * chose to keep, in the coach's browser, and the coach's data as a file to move between browsers. Pure.
 *
 * Stored under `real-networking:coach` as version 2:
 *
 * ```text
 * { v: 2, updatedAt, coachName?, clients: { [client key]: { name, assignment?, reports: KeptReport[] } } }
 * KeptReport = { receivedAt, verified, report }
 * ```
 *
 * A client's key is the id of the assignment the coach made them (stable per coach and client), or, for reports that
 * name no assignment of this coach's, `name:` and the name the report gave. `assignment.key` is the assignment's key
 * (keyed.ts): without it, a report for that client cannot be opened. Reports are kept newest received first;
 * `receivedAt` is the coach's clock when they added it, so a report dated wrongly (or in the year 9999) never pins a
 * client's row. `verified` is true when the report opened with the key of the assignment it is filed under.
 *
 * Version 1 had the reports themselves, newest made first, with no time of receipt and nothing verified. The migration
 * keeps each report, marks it unverified, and gives it the earlier of its own date and the record's last change as its
 * time of receipt (the coach had it by then), keeping their order.
 *
 * What is kept is limited, so that the learner's workbook in the same browser keeps its room: a report is at most
 * 200 KB (report.ts), a client's reports at most 500,000 characters of JSON and 10 reports (the oldest go first, and
 * the page says so before the coach adds one), and all coach data at most 2,000,000 characters (then nothing is added,
 * and the page says why).
 */
import * as v from 'valibot';
import { storedAssignmentSchema, type Assignment } from '~/lib/coach/assignment-shape';
import { cleanName } from '~/lib/coach/clean';
import { assignmentIdField } from '~/lib/coach/fields';
import { isInTheFuture } from '~/lib/coach/progress';
import { storedReportSchema, type ProgressReport } from '~/lib/coach/report-shape';
import type { RecordSpec } from '~/lib/storage/stored-record';
import { isoTime, validateWith } from '~/lib/storage/validate';

/** A report the coach chose to keep. */
export interface KeptReport {
  /** When the coach added it, ISO time on the coach's clock: reports are ordered by it. */
  receivedAt: string;
  /** Whether it opened with the key of the assignment it is filed under, so it came from that link. */
  verified: boolean;
  report: ProgressReport;
}

/** One client as the coach sees them. */
export interface CoachClient {
  name: string;
  /** The latest assignment the coach made for them, with its key. */
  assignment?: Assignment | undefined;
  /** Reports kept, newest received first. */
  reports: KeptReport[];
}

/** Everything a coach keeps. */
export interface CoachRecord {
  v: 2;
  updatedAt: string;
  coachName?: string | undefined;
  clients: Record<string, CoachClient>;
}

/** Reports kept per client: the newest, and a few before it to see change. */
export const REPORTS_KEPT = 10;
/** Most characters of JSON one client's reports may take. */
export const MAX_CLIENT_CHARS = 500_000;
/** Most characters of JSON all coach data may take, so the learner's workbook in the same browser keeps its room. */
export const COACH_BUDGET_CHARS = 2_000_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 1 to 2: each report kept as received no later than the record's last change, and unverified. */
function fromVersion1(record: Record<string, unknown>): Record<string, unknown> {
  const updatedAt = typeof record['updatedAt'] === 'string' ? record['updatedAt'] : '';
  const clients = isObject(record['clients']) ? record['clients'] : {};
  const moved: Record<string, unknown> = {};
  for (const [key, client] of Object.entries(clients)) {
    if (!isObject(client) || !Array.isArray(client['reports'])) {
      moved[key] = client;
      continue;
    }
    moved[key] = {
      ...client,
      reports: client['reports'].map((report: unknown) => {
        const createdAt = isObject(report) && typeof report['createdAt'] === 'string' ? report['createdAt'] : '';
        const receivedAt = Date.parse(createdAt) < Date.parse(updatedAt) ? createdAt : updatedAt;
        return { receivedAt, verified: false, report };
      }),
    };
  }
  return { ...record, clients: moved };
}

/** How the coach's data is stored, validated and migrated. */
export const coachRecordSpec: RecordSpec<CoachRecord> = {
  name: 'coach data',
  version: 2,
  validate: validateWith(
    v.object({
      v: v.literal(2),
      updatedAt: isoTime,
      coachName: v.optional(v.pipe(v.string(), v.maxLength(80))),
      clients: v.record(
        // A client's key: an assignment id, or `name:` and the name a report gave.
        v.union([assignmentIdField, v.pipe(v.string(), v.startsWith('name:'), v.maxLength(200))]),
        v.object({
          name: v.pipe(v.string(), v.maxLength(80)),
          assignment: v.optional(storedAssignmentSchema),
          reports: v.pipe(
            v.array(v.object({ receivedAt: isoTime, verified: v.boolean(), report: storedReportSchema })),
            v.maxLength(REPORTS_KEPT),
          ),
        }),
      ),
    }) as v.GenericSchema<unknown, CoachRecord>,
  ),
  migrations: { 1: fromVersion1 },
};

/** A coach with no clients yet. */
export function emptyCoach(now: string): CoachRecord {
  return { v: 2, updatedAt: now, clients: {} };
}

/** A name as the dashboard shows it: cleaned (a name stored by an earlier version may not be), never blank. */
export function shownName(name: string): string {
  return cleanName(name) || '(no visible name)';
}

/** The key of the clients filed by name: `name:` and the name, cleaned and lowercased. */
export function nameKeyOf(name: string): string {
  return `name:${cleanName(name).normalize('NFC').toLowerCase()}`.slice(0, 200);
}

/** The record with an assignment the coach made, filed under its client. */
export function withAssignment(record: CoachRecord, assignment: Assignment): CoachRecord {
  const current = record.clients[assignment.id];
  return {
    ...record,
    clients: {
      ...record.clients,
      [assignment.id]: { name: assignment.client, assignment, reports: current?.reports ?? [] },
    },
  };
}

/** The key of an assignment the coach made, for the report that names it; undefined when there is none. */
export function keyOfAssignment(record: CoachRecord | null, assignmentId: string): string | undefined {
  const client = record && Object.hasOwn(record.clients, assignmentId) ? record.clients[assignmentId] : undefined;
  return client?.assignment?.id === assignmentId ? client.assignment.key : undefined;
}

/** A report the coach has opened but not yet kept. */
export interface ReceivedReport {
  report: ProgressReport;
  /** How it came: locked with an assignment's key (verified), sealed with a passphrase, or not locked (an old form). */
  via: 'key' | 'passphrase' | 'unlocked';
}

/** What adding a report would do, worked out before the coach decides. */
export type AddPlan =
  | {
      ok: true;
      /** The client it is filed under, and the name the dashboard shows for them. */
      clientKey: string;
      clientName: string;
      verified: boolean;
      outcome: 'new-client' | 'added' | 'already-have';
      /** Earlier reports of this client let go to make room (over 10, or over the client's limit). */
      lettingGo: number;
      /** The client's latest report was made after this one (on the client's clock). */
      madeBeforeLatest: boolean;
      /** The report says it was made more than a day ahead of the coach's clock. */
      future: boolean;
      /** The record with it added. */
      record: CoachRecord;
    }
  | { ok: false; reason: 'not-theirs' | 'budget'; message: string };

const jsonChars = (value: unknown) => JSON.stringify(value).length;

/** The characters of JSON all the coach's data takes (what `COACH_BUDGET_CHARS` limits). */
export function coachDataChars(record: CoachRecord): number {
  return jsonChars(record);
}

/** A client's reports, newest received first, cut to what is kept (shared with the coach file's merge): at most 10 and 500,000 characters. */
export function keptReports(reports: KeptReport[]): { kept: KeptReport[]; lettingGo: number } {
  const sorted = [...reports].sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt));
  const kept: KeptReport[] = [];
  let chars = 0;
  for (const report of sorted) {
    const size = jsonChars(report);
    // The newest is always kept: a single report is at most 200 KB, well within a client's limit.
    if (kept.length > 0 && (kept.length >= REPORTS_KEPT || chars + size > MAX_CLIENT_CHARS)) break;
    kept.push(report);
    chars += size;
  }
  return { kept, lettingGo: sorted.length - kept.length };
}

/** Whether two reports are the same, item for item. */
export const sameReport = (a: ProgressReport, b: ProgressReport) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What adding a report the coach opened would do, at `now` (the coach's clock). A verified report is filed under the
 * assignment it opened with. An unverified one (sealed with a passphrase, or in the old unlocked form) never goes
 * under a client whose assignment has a key: anyone could have made it, and the real client's reports are locked. It
 * goes under an old client with no key, or under its name, marked unverified. Over the coach's budget, nothing is
 * added. Never throws.
 */
export function planAddReport(record: CoachRecord | null, received: ReceivedReport, now: string): AddPlan {
  const base = record ?? emptyCoach(now);
  const { report } = received;
  const verified = received.via === 'key';
  let clientKey: string;
  if (verified) clientKey = report.assignmentId!;
  else {
    const named = report.assignmentId !== undefined && Object.hasOwn(base.clients, report.assignmentId);
    const claimed = named ? base.clients[report.assignmentId!] : undefined;
    if (claimed?.assignment?.key) {
      return {
        ok: false,
        reason: 'not-theirs',
        message: `This report names the assignment you made for ${shownName(claimed.name)}, but it is not locked with that assignment’s key, so anyone could have made it. Reports from ${shownName(claimed.name)}’s link are locked; this one was not added.`,
      };
    }
    clientKey = claimed ? report.assignmentId! : nameKeyOf(report.client);
  }
  const current = Object.hasOwn(base.clients, clientKey) ? base.clients[clientKey] : undefined;
  const clientName = current?.name ?? report.client;
  const future = isInTheFuture(report.createdAt, Date.parse(now));
  const latest = current?.reports[0]?.report;
  const madeBeforeLatest = latest !== undefined && Date.parse(report.createdAt) < Date.parse(latest.createdAt);
  const common = { clientKey, clientName: shownName(clientName), verified, future, madeBeforeLatest };
  if (current?.reports.some((kept) => sameReport(kept.report, report))) {
    return { ok: true, ...common, outcome: 'already-have', lettingGo: 0, record: base };
  }
  const { kept, lettingGo } = keptReports([{ receivedAt: now, verified, report }, ...(current?.reports ?? [])]);
  const next: CoachRecord = {
    ...base,
    clients: { ...base.clients, [clientKey]: { name: clientName, assignment: current?.assignment, reports: kept } },
  };
  if (!current?.assignment) delete next.clients[clientKey]!.assignment;
  const size = coachDataChars(next);
  if (size > COACH_BUDGET_CHARS) {
    return {
      ok: false,
      reason: 'budget',
      message: `Keeping this report would take your coach data past ${(COACH_BUDGET_CHARS / 1_000_000).toFixed(0)} million characters, the most this site keeps for a coach so that a learner's workbook in the same browser keeps its room. Nothing was added. Remove clients you no longer need (export your coach data first to keep a copy), then add it again.`,
    };
  }
  return { ok: true, ...common, outcome: current ? 'added' : 'new-client', lettingGo, record: next };
}

/** The record without a client. */
export function withoutClient(record: CoachRecord, key: string): CoachRecord {
  const clients = { ...record.clients };
  delete clients[key];
  return { ...record, clients };
}

/**
 * The assignment id and key to use for a client: those of the assignment already made for a client of that name (a
 * new link updates it, and the reports made with the first link still open), or `fresh` ones. An old assignment with
 * no key gets the fresh key.
 */
export function assignmentIdentityFor(
  record: CoachRecord | null,
  clientName: string,
  fresh: { id: string; key: string },
): { id: string; key: string } {
  // Compare names as people read them: case, spacing, invisible characters and Unicode form aside.
  const same = (name: string) => cleanName(name).normalize('NFC').toLowerCase();
  const wanted = same(clientName);
  const existing = Object.entries(record?.clients ?? {}).find(
    ([, client]) => client.assignment && same(client.name) === wanted,
  );
  if (!existing) return fresh;
  return { id: existing[0], key: existing[1].assignment?.key ?? fresh.key };
}
