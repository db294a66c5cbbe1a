/**
 * Facts about the workbook itself rather than its answers: when answers last changed and when the learner last
 * exported, for the backup reminder. The shape and the reminder's rules are in src/lib/workbook/backup-reminder.ts
 * (without a validation library, so a lesson page can note a change); this adds the stored record's validation.
 */
import * as v from 'valibot';
import type { RecordSpec } from '~/lib/storage/stored-record';
import { isoTime, validateWith } from '~/lib/storage/validate';
import type { MetaRecord } from '~/lib/workbook/backup-reminder';

export * from '~/lib/workbook/backup-reminder';

export const metaRecordSpec: RecordSpec<MetaRecord> = {
  name: 'workbook record',
  version: 1,
  validate: validateWith(
    v.object({
      v: v.literal(1),
      updatedAt: isoTime,
      lastChangeAt: v.optional(isoTime),
      firstChangeAt: v.optional(isoTime),
      lastExportAt: v.optional(isoTime),
      persistRequested: v.optional(v.boolean()),
    }) as v.GenericSchema<unknown, MetaRecord>,
  ),
  migrations: {},
};
