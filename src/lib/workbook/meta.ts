/**
 * Facts about the workbook itself rather than its answers: when answers last changed and when the learner last
 * exported, for the backup reminder.
 */
import * as v from 'valibot';
import type { RecordSpec } from '~/lib/storage/stored-record';
import { isoTime, validateWith } from '~/lib/storage/validate';

/** Meta, version 1: `{ v: 1, updatedAt, lastChangeAt?, lastExportAt?, persistRequested? }`. */
export interface MetaRecord {
  v: 1;
  updatedAt: string;
  /** When an answer last changed. */
  lastChangeAt?: string | undefined;
  /** When the learner last exported the workbook. */
  lastExportAt?: string | undefined;
  /** Whether the site has asked the browser to keep its data (navigator.storage.persist). */
  persistRequested?: boolean | undefined;
}

export const metaRecordSpec: RecordSpec<MetaRecord> = {
  name: 'workbook settings',
  version: 1,
  validate: validateWith(
    v.object({
      v: v.literal(1),
      updatedAt: isoTime,
      lastChangeAt: v.optional(isoTime),
      lastExportAt: v.optional(isoTime),
      persistRequested: v.optional(v.boolean()),
    }) as v.GenericSchema<unknown, MetaRecord>,
  ),
  migrations: {},
};

/** Days without an export, after a change, before the workbook suggests one. Safari may clear data after 7 days. */
export const BACKUP_REMINDER_DAYS = 7;

const DAY = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the learner to export: answers changed since the last export (or there never was one), and the
 * last export, or else the first unexported change, is at least BACKUP_REMINDER_DAYS old.
 */
export function backupReminderDue(meta: MetaRecord | null, now: Date, firstChangeAt?: string): boolean {
  const lastChange = meta?.lastChangeAt;
  if (!lastChange) return false;
  const lastExport = meta?.lastExportAt;
  if (lastExport && lastExport >= lastChange) return false;
  const since = lastExport ?? firstChangeAt ?? lastChange;
  return now.getTime() - Date.parse(since) >= BACKUP_REMINDER_DAYS * DAY;
}
