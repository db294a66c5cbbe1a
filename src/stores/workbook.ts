/**
 * Actions on the whole workbook: export to a file, import from one, delete everything. They work on every record
 * listed in src/lib/workbook/sections.ts, so a new tool's data joins them by being listed there.
 */
import { encodeStored } from '~/lib/storage/stored-record';
import {
  buildWorkbookFile,
  exportFileName,
  importWrites,
  planImport,
  readStorage,
  readWorkbookFile,
  type CourseIds,
  type Entries,
  type ImportMode,
  type PlannedChange,
  type WorkbookFile,
} from '~/lib/workbook/transfer';
import { reloadAllRecords } from '~/stores/record-store';
import { isWorkbookName } from '~/lib/workbook/sections';
import {
  allStored,
  discardUnsaved,
  isUnsaved,
  keepAside,
  readStored,
  removeStored,
  removeStoredWhere,
  writeStored,
} from '~/stores/storage';
import { noteExport } from '~/stores/workbook-meta';

export { MAX_IMPORT_BYTES } from '~/lib/workbook/transfer';

/** Every readable record in this browser, by storage name. */
export function currentEntries(): Entries {
  return readStorage(allStored()).entries;
}

/** A file to download. */
export interface Download {
  fileName: string;
  mimeType: string;
  text: string;
}

/** The whole workbook as a JSON file, and a note that it was exported (for the backup reminder). */
export function exportWorkbook(now = new Date()): Download {
  const file = buildWorkbookFile(currentEntries(), now);
  noteExport();
  return { fileName: exportFileName(now), mimeType: 'application/json', text: `${JSON.stringify(file, null, 2)}\n` };
}

/** The workbook as it is now, for a backup before an import (does not count as an export). */
export function backupBeforeImport(now = new Date()): Download {
  const file = buildWorkbookFile(currentEntries(), now);
  return {
    fileName: exportFileName(now).replace('.json', '-backup.json'),
    mimeType: 'application/json',
    text: `${JSON.stringify(file, null, 2)}\n`,
  };
}

/** A checked import, ready to show the learner before anything changes. */
export type PreparedImport =
  { ok: true; file: WorkbookFile; plans: Record<ImportMode, PlannedChange[]> } | { ok: false; message: string };

/**
 * Read and check an import file against what this course has (`course`), and plan both ways of applying it. Changes
 * nothing.
 */
export function prepareImport(text: string, byteSize: number, course: CourseIds): PreparedImport {
  const read = readWorkbookFile(text, byteSize, course);
  if (!read.ok) return read;
  const { entries: current, unreadable } = readStorage(allStored());
  return {
    ok: true,
    file: read.file,
    plans: {
      merge: planImport(current, read.file.entries, 'merge', unreadable),
      replace: planImport(current, read.file.entries, 'replace', unreadable),
    },
  };
}

/** Carry out an import. All or nothing: if any write fails, every record is put back as it was. */
export function applyImport(file: WorkbookFile, mode: ImportMode): { ok: true } | { ok: false; message: string } {
  const stored = allStored();
  const { entries: current, unreadable } = readStorage(stored);
  const { write, remove } = importWrites(planImport(current, file.entries, mode, unreadable), file.entries, current);
  // A damaged record about to be replaced is kept aside first, as a page showing it would have done.
  for (const name of Object.keys(write)) {
    if (unreadable[name] === 'corrupt') keepAside(name, stored[name]!, 'replaced by an import');
  }
  const names = [...Object.keys(write), ...remove];
  const before = new Map(names.map((name) => [name, readStored(name)]));
  for (const [name, record] of Object.entries(write)) {
    if (!writeStored(name, encodeStored(record))) {
      // Put back what was there. A write that failed never reached storage, which still holds the old value: only
      // the copy held in memory goes. Every imported value is taken out first, to make room, then the old ones go back.
      const written = [...before.keys()].filter((restoreName) => !isUnsaved(restoreName));
      for (const restoreName of before.keys()) if (isUnsaved(restoreName)) discardUnsaved(restoreName);
      for (const restoreName of written) removeStored(restoreName);
      for (const restoreName of written) {
        const text = before.get(restoreName);
        if (text !== null && text !== undefined) writeStored(restoreName, text);
      }
      reloadAllRecords();
      return {
        ok: false,
        message:
          "The import stopped because this browser's storage is full. Nothing was changed. Free some space or use another browser.",
      };
    }
  }
  for (const name of remove) removeStored(name);
  reloadAllRecords();
  return { ok: true };
}

/**
 * Delete the learner's workbook: every answer, check, progress mark, tool, accepted assignment, the workbook's
 * bookkeeping and the copies of them kept aside. A coach's own data in the same browser stays.
 */
export function deleteAllData(): void {
  removeStoredWhere(isWorkbookName);
  reloadAllRecords();
}
