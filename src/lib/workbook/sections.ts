/**
 * Every kind of record the workbook keeps, by storage name. One table, so that export, import, delete and the
 * workbook page all agree on what belongs to the learner. A new tool adds its record here.
 *
 * Storage names are the localStorage keys without the site prefix `real-networking:`:
 * - `worksheet:<worksheet id>`: a worksheet's answers (src/lib/workbook/records.ts)
 * - `check:<lesson slug>`: a knowledge check's chosen options (src/lib/workbook/records.ts)
 * - `progress`: lessons marked complete and the last lesson read (src/lib/workbook/progress.ts)
 * - `audit`: the network audit's contacts, ties and snapshots (src/lib/network/audit.ts)
 * - `ledger`: the give/get ledger (src/lib/ledger/ledger.ts)
 * - `conversations`: the conversation planner (src/lib/conversations/planner.ts)
 * - `ramp`: the 26-week ramp plan and its check-ins (src/lib/ramp/record.ts)
 * - `assignments`: the assignments the learner accepted from a coach (src/lib/coach/progress.ts)
 *
 * A coach's own data (`real-networking:coach`, src/lib/coach/dashboard.ts) is not the learner's workbook: it has its
 * own export on the coach's pages.
 */
import { STORAGE_PREFIX } from '~/lib/storage/keys';
import type { RecordSpec, StoredRecord } from '~/lib/storage/stored-record';
import { assignmentsRecordSpec } from '~/lib/coach/progress';
import { plannerRecordSpec } from '~/lib/conversations/planner';
import { ledgerRecordSpec } from '~/lib/ledger/ledger';
import { auditRecordSpec } from '~/lib/network/audit';
import { rampRecordSpec } from '~/lib/ramp/record';
import { progressRecordSpec } from '~/lib/workbook/progress';
import { checkRecordSpec, worksheetRecordSpec } from '~/lib/workbook/records';
import { combineAssignments, combineLedgers, combinePlanners, combineProgress } from '~/lib/workbook/combine';
import { isWorkbookName, kindOf, type SectionName } from '~/lib/workbook/section-names';

export { STORAGE_PREFIX, isWorkbookName };

/** One kind of stored record. */
export interface Section extends SectionName {
  spec: RecordSpec<StoredRecord>;
  /**
   * How "Merge" combines two differing copies item by item (src/lib/workbook/combine.ts). Without it, the copy
   * changed more recently wins whole.
   */
  combine?: (here: StoredRecord, file: StoredRecord) => StoredRecord;
}

/** A section's combine function, typed for the table. */
const combining = <T extends StoredRecord>(combine: (here: T, file: T) => T) =>
  combine as unknown as (here: StoredRecord, file: StoredRecord) => StoredRecord;

/** Every section of the workbook, in the order the workbook page, export and import list them. */
export const sections: readonly Section[] = [
  { noun: 'worksheet', name: 'worksheet:', perItem: true, spec: worksheetRecordSpec as RecordSpec<StoredRecord> },
  { noun: 'knowledge check', name: 'check:', perItem: true, spec: checkRecordSpec as RecordSpec<StoredRecord> },
  {
    noun: 'progress',
    name: 'progress',
    perItem: false,
    spec: progressRecordSpec as RecordSpec<StoredRecord>,
    combine: combining(combineProgress),
  },
  { noun: 'network audit', name: 'audit', perItem: false, spec: auditRecordSpec as RecordSpec<StoredRecord> },
  {
    noun: 'give/get ledger',
    name: 'ledger',
    perItem: false,
    spec: ledgerRecordSpec as RecordSpec<StoredRecord>,
    combine: combining(combineLedgers),
  },
  {
    noun: 'conversation planner',
    name: 'conversations',
    perItem: false,
    spec: plannerRecordSpec as RecordSpec<StoredRecord>,
    combine: combining(combinePlanners),
  },
  { noun: 'ramp plan', name: 'ramp', perItem: false, spec: rampRecordSpec as RecordSpec<StoredRecord> },
  {
    noun: 'coach assignments',
    name: 'assignments',
    perItem: false,
    spec: assignmentsRecordSpec as RecordSpec<StoredRecord>,
    combine: combining(combineAssignments),
  },
];

/** The section a storage name belongs to, and the item id within it; undefined for names that are not records. */
export function sectionOf(name: string): { section: Section; itemId: string } | undefined {
  return kindOf(name, sections);
}
