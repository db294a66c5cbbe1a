/**
 * The workbook's bookkeeping record and the backup reminder's rules: pure, and free of any validation library, so
 * that a lesson page (which must stay small) can note a change too. Validation is in src/lib/workbook/meta.ts.
 */

/** Meta, version 1: `{ v: 1, updatedAt, lastChangeAt?, firstChangeAt?, lastExportAt?, persistRequested? }`. */
export interface MetaRecord {
  v: 1;
  updatedAt: string;
  /** When an answer last changed. */
  lastChangeAt?: string | undefined;
  /** When an answer first changed after the last export (or ever, if never exported): the reminder counts from it. */
  firstChangeAt?: string | undefined;
  /** When the learner last exported the workbook. */
  lastExportAt?: string | undefined;
  /** Whether the site has asked the browser to keep its data (navigator.storage.persist). */
  persistRequested?: boolean | undefined;
}

/** Days without an export, after a change, before the workbook suggests one. Safari may clear data after 7 days. */
export const BACKUP_REMINDER_DAYS = 7;

const DAY = 24 * 60 * 60 * 1000;

/** The meta record after an answer changed at `now`: the last change, and the first one since the last export. */
export function withChange(meta: MetaRecord, now: string): MetaRecord {
  const exported = meta.lastExportAt ? Date.parse(meta.lastExportAt) : -Infinity;
  const first = meta.firstChangeAt && Date.parse(meta.firstChangeAt) > exported ? meta.firstChangeAt : now;
  return { ...meta, lastChangeAt: now, firstChangeAt: first };
}

/**
 * Whether to remind the learner to export: answers changed since the last export (or there never was one), and the
 * last export, or else the first unexported change, is at least BACKUP_REMINDER_DAYS old.
 */
export function backupReminderDue(meta: MetaRecord | null, now: Date): boolean {
  const lastChange = meta?.lastChangeAt;
  if (!lastChange) return false;
  const lastExport = meta?.lastExportAt;
  if (lastExport && Date.parse(lastExport) >= Date.parse(lastChange)) return false;
  const since = lastExport ?? meta?.firstChangeAt ?? lastChange;
  return now.getTime() - Date.parse(since) >= BACKUP_REMINDER_DAYS * DAY;
}
