/**
 * The coach's data as a file, to keep a copy or move to another browser, and merging one into what the coach has.
 * Loaded only when the coach exports or imports. Pure.
 *
 * The file: `{ "format": "real-networking-coach", "version": 1, "exportedAt", "coach": CoachRecord }`, where the record
 * is as stored (dashboard.ts), of any version this site reads.
 */
import { coachRecordSpec, keptReports, sameReport, type CoachClient, type CoachRecord } from '~/lib/coach/dashboard';
import { upgrade } from '~/lib/storage/stored-record';

/** The `format` of the coach's data file. */
export const COACH_FORMAT = 'real-networking-coach';
/** The coach data file version this site writes and the newest it reads (the record inside has its own version). */
export const COACH_FILE_VERSION = 1;
/** Largest coach data file an import reads. */
export const MAX_COACH_FILE_BYTES = 8 * 1024 * 1024;

/** The coach's data as a file. */
export function coachFile(record: CoachRecord, now: Date): string {
  return `${JSON.stringify({ format: COACH_FORMAT, version: COACH_FILE_VERSION, exportedAt: now.toISOString(), coach: record }, null, 2)}\n`;
}

/** Read a coach data file completely before anything changes. Never throws. */
export function readCoachFile(
  text: string,
  byteSize = text.length,
): { ok: true; record: CoachRecord } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message: `${message} Nothing was changed.` });
  if (byteSize > MAX_COACH_FILE_BYTES || text.length > MAX_COACH_FILE_BYTES) {
    return fail('This file is far larger than any coach data file.');
  }
  let parsed: unknown;
  try {
    // A byte-order mark, which some editors add when they save a file, is not part of the JSON.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('This file is not readable JSON: choose the .json file this page exported.');
  }
  const file = parsed as Record<string, unknown> | null;
  if (!file || typeof file !== 'object' || file['format'] !== COACH_FORMAT) {
    return fail(
      'This is not a Real Networking coach file. (A client’s progress report is added above, under “Add a report”.)',
    );
  }
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This coach file has no valid version number, so it may be damaged.');
  }
  if (version > COACH_FILE_VERSION) return fail('This coach file was made by a newer version of the course.');
  const decoded = upgrade(file['coach'], coachRecordSpec);
  if (decoded.kind === 'newer') return fail('This coach file was made by a newer version of the course.');
  if (decoded.kind !== 'ok')
    return fail(`This coach file is damaged. ${decoded.kind === 'corrupt' ? decoded.reason : ''}`.trim());
  return { ok: true, record: decoded.record };
}

/**
 * Merge imported coach data into what the coach has: every client and report from both (a report both hold is kept
 * once, with the earlier time of receipt), the newer assignment of each client, each client cut to what is kept.
 * The caller checks the result against the budget.
 */
export function mergeCoach(current: CoachRecord, incoming: CoachRecord): CoachRecord {
  const clients: Record<string, CoachClient> = { ...current.clients };
  for (const [key, client] of Object.entries(incoming.clients)) {
    const mine = Object.hasOwn(clients, key) ? clients[key] : undefined;
    const theirsIsNewer =
      !mine ||
      (client.assignment !== undefined &&
        (!mine.assignment || Date.parse(client.assignment.issuedAt) > Date.parse(mine.assignment.issuedAt)));
    const assignment = theirsIsNewer ? (client.assignment ?? mine?.assignment) : mine.assignment;
    // The name goes with the newer assignment, as when the coach makes one here.
    const name = theirsIsNewer && client.assignment ? client.assignment.client : (mine?.name ?? client.name);
    const reports = [...(mine?.reports ?? [])];
    for (const report of client.reports) {
      const same = reports.findIndex((kept) => sameReport(kept.report, report.report));
      if (same === -1) reports.push(report);
      else if (Date.parse(report.receivedAt) < Date.parse(reports[same]!.receivedAt)) {
        reports[same] = { ...report, verified: report.verified || reports[same]!.verified };
      }
    }
    const merged: CoachClient = { name, reports: keptReports(reports).kept };
    if (assignment) merged.assignment = assignment;
    clients[key] = merged;
  }
  return { ...current, coachName: current.coachName ?? incoming.coachName, clients };
}
