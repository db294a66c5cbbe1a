/**
 * The workbook's kinds of record by storage name and in words, without their specs: enough to tell whether a stored
 * name belongs to the learner's workbook and to name it, for pages that only show or count records (the workbook
 * page's kept-aside copies). src/lib/workbook/sections.ts adds each kind's spec and merge rule, for export, import
 * and delete; its header lists what each name holds.
 */

/** One kind of stored record, by name. */
export interface SectionName {
  /** What the learner would call it, for messages: "worksheet". */
  noun: string;
  /** Storage name for a single record (`progress`), or prefix for one per item (`worksheet:`). */
  name: string;
  /** Whether there is one record per item (the name is a prefix). */
  perItem: boolean;
}

/** Every kind of record in the workbook, in the order the workbook page, export and import list them. */
export const sectionNames = [
  { noun: 'worksheet', name: 'worksheet:', perItem: true },
  { noun: 'knowledge check', name: 'check:', perItem: true },
  { noun: 'progress', name: 'progress', perItem: false },
  { noun: 'network audit', name: 'audit', perItem: false },
  { noun: 'give/get ledger', name: 'ledger', perItem: false },
  { noun: 'conversation planner', name: 'conversations', perItem: false },
  { noun: 'ramp plan', name: 'ramp', perItem: false },
  { noun: 'coach assignments', name: 'assignments', perItem: false },
] as const satisfies readonly SectionName[];

/** The kind a storage name belongs to among `kinds`, and the item id within it; undefined for other names. */
export function kindOf<K extends SectionName>(
  name: string,
  kinds: readonly K[],
): { section: K; itemId: string } | undefined {
  for (const section of kinds) {
    if (section.perItem && name.startsWith(section.name) && name.length > section.name.length) {
      return { section, itemId: name.slice(section.name.length) };
    }
    if (!section.perItem && name === section.name) return { section, itemId: name };
  }
  return undefined;
}

/** Whether a storage name is part of the learner's workbook: a record of a section, or the workbook's bookkeeping. */
export function isWorkbookName(name: string): boolean {
  return name === 'meta' || kindOf(name, sectionNames) !== undefined;
}
