/**
 * Moving a workbook between browsers: the export file's format, reading an import safely, and planning what an
 * import will change before anything is changed.
 *
 * The file (format version 1):
 * `{ "format": "real-networking-workbook", "version": 1, "exportedAt": ISO time, "entries": { [storage name]: record } }`
 * where storage names and records are those of src/lib/workbook/sections.ts.
 */
import { isInTheFuture, toDay } from '~/lib/dates';
import { decodeStored, upgrade, type StoredRecord } from '~/lib/storage/stored-record';
import { misfitAnswer } from '~/lib/workbook/answer-kinds';
import type { WorksheetRecord } from '~/lib/workbook/records';
import { sectionOf, sections } from '~/lib/workbook/sections';
import type { WorksheetField } from '~/schema';

/** The `format` every workbook file carries, so a file from another program is recognised as such. */
export const WORKBOOK_FORMAT = 'real-networking-workbook';
/** The file version this site writes and the newest it reads. */
export const WORKBOOK_FILE_VERSION = 1;
/** Largest file an import will read: far above any real workbook, far below what would hang a phone. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Longest text (a value, or a key) an imported record may hold: far above any answer the worksheets take. */
export const MAX_IMPORT_TEXT_CHARS = 100_000;

/** The worksheets and knowledge checks this course has, by id: an import holds answers to these and no others. */
export interface CourseIds {
  worksheets: readonly string[];
  /** The lessons with a knowledge check, by slug. */
  checks: readonly string[];
  /**
   * Each worksheet's questions, by worksheet id. Given these, an import also refuses an answer of the wrong kind for
   * its question (text where a number belongs), which the worksheet's form would show as blank.
   */
  questions?: Readonly<Record<string, readonly WorksheetField[]>>;
  /** Each worksheet's title, by id, for the messages; without one, a worksheet is named by its id. */
  titles?: Readonly<Record<string, string>>;
}

/** An id as a message may quote it: at most 60 characters. */
const quoted = (id: string) => JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);

/** The length of the longest text (key or value) anywhere in a value, stopping early once past `limit`. */
function longestText(value: unknown, limit: number): number {
  let longest = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && longest <= limit) {
    const item = stack.pop();
    if (typeof item === 'string') longest = Math.max(longest, item.length);
    else if (Array.isArray(item)) stack.push(...item);
    else if (typeof item === 'object' && item !== null) {
      for (const [key, inner] of Object.entries(item)) {
        longest = Math.max(longest, key.length);
        stack.push(inner);
      }
    }
  }
  return longest;
}

/** A workbook file. */
export interface WorkbookFile {
  format: typeof WORKBOOK_FORMAT;
  version: number;
  exportedAt: string;
  entries: Record<string, StoredRecord>;
}

/** Stored records by storage name. */
export type Entries = Record<string, StoredRecord>;

/** The export's file name for a local date: real-networking-workbook-2026-11-25.json. */
export function exportFileName(now: Date, extension = 'json'): string {
  return `real-networking-workbook-${toDay(now)}.${extension}`;
}

/** The workbook file for a set of entries. */
export function buildWorkbookFile(entries: Entries, now: Date): WorkbookFile {
  return { format: WORKBOOK_FORMAT, version: WORKBOOK_FILE_VERSION, exportedAt: now.toISOString(), entries };
}

/** Stored records this browser holds but cannot read: written by a newer version of the site, or damaged. */
export type Unreadable = Record<string, 'newer' | 'corrupt'>;

/**
 * Read stored raw strings (by storage name): the workbook's readable records, and which of its records cannot be
 * read here and why. Anything that is not a workbook record is left out.
 */
export function readStorage(raw: Record<string, string>): { entries: Entries; unreadable: Unreadable } {
  const entries: Entries = {};
  const unreadable: Unreadable = {};
  for (const [name, text] of Object.entries(raw)) {
    const found = sectionOf(name);
    if (!found) continue;
    const decoded = decodeStored(text, found.section.spec);
    if (decoded.kind === 'ok') entries[name] = decoded.record;
    else if (decoded.kind === 'newer' || decoded.kind === 'corrupt') unreadable[name] = decoded.kind;
  }
  return { entries, unreadable };
}

/** The outcome of reading an import file. */
export type ImportRead = { ok: true; file: WorkbookFile } | { ok: false; message: string };

/**
 * Read and validate an import file completely, before anything is changed. It must keep to what this course knows
 * (`course`): no more records than the course has, no worksheet or knowledge check it does not have, and no text
 * longer than 100,000 characters; otherwise it is refused with a message saying which. Never throws.
 */
export function readWorkbookFile(
  text: string,
  byteSize: number = text.length,
  course: CourseIds,
  now: number = Date.now(),
): ImportRead {
  const fail = (message: string): ImportRead => ({ ok: false, message });
  if (byteSize > MAX_IMPORT_BYTES) {
    return fail(
      `This file is ${(byteSize / 1024 / 1024).toFixed(1)} MB, larger than any workbook (the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Nothing was changed. Choose the .json file this course exported.`,
    );
  }
  if (text.trim() === '') {
    return fail(
      'This file is empty, so it is not a workbook. Nothing was changed. Choose the .json file this course exported.',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(
      'This file is not a workbook: it is not readable JSON. Nothing was changed. Choose the .json file this course exported.',
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail(
      'This file is not a workbook from this course. Nothing was changed. Choose the .json file this course exported.',
    );
  }
  const file = parsed as Record<string, unknown>;
  if (file['format'] !== WORKBOOK_FORMAT) {
    return fail(
      'This file is not a workbook from this course: it looks like it comes from another program. Nothing was changed. Choose the .json file this course exported.',
    );
  }
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This workbook file has no version number, so it cannot be read safely. Nothing was changed.');
  }
  if (version > WORKBOOK_FILE_VERSION) {
    return fail(
      `This workbook was saved by a newer version of the course (file version ${version}); this site reads up to version ${WORKBOOK_FILE_VERSION}. Open it on the site it came from, or ask whoever hosts this one to update it. Nothing was changed.`,
    );
  }
  const exportedAt = file['exportedAt'];
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) {
    return fail('This workbook file has no valid export time, so it may be damaged. Nothing was changed.');
  }
  const rawEntries = file['entries'];
  if (typeof rawEntries !== 'object' || rawEntries === null || Array.isArray(rawEntries)) {
    return fail('This workbook file holds no answers, so it may be damaged. Nothing was changed.');
  }
  const names = Object.keys(rawEntries);
  const most = course.worksheets.length + course.checks.length + sections.filter((s) => !s.perItem).length;
  if (names.length > most) {
    return fail(
      `This workbook holds ${names.length.toLocaleString('en')} records, more than this course has (${most}), so it is not a workbook of this course. Nothing was changed.`,
    );
  }
  const known: Record<string, readonly string[]> = { 'worksheet:': course.worksheets, 'check:': course.checks };
  const entries: Entries = {};
  for (const [name, value] of Object.entries(rawEntries as Record<string, unknown>)) {
    const found = sectionOf(name);
    if (!found) {
      return fail(
        `This workbook holds ${quoted(name)}, which this version of the course does not know. It may come from a newer version. Nothing was changed.`,
      );
    }
    const ids = known[found.section.name];
    if (found.section.perItem && !ids?.includes(found.itemId)) {
      return fail(
        `This workbook holds a ${found.section.noun} ${quoted(found.itemId)} that this course does not have. It may come from another version of the course. Nothing was changed.`,
      );
    }
    const longest = longestText(value, MAX_IMPORT_TEXT_CHARS);
    if (longest > MAX_IMPORT_TEXT_CHARS) {
      return fail(
        `The ${found.section.noun} ${quoted(found.itemId)} in this file holds a text longer than any answer the course takes (more than ${MAX_IMPORT_TEXT_CHARS.toLocaleString('en')} characters). Nothing was changed.`,
      );
    }
    const decoded = upgrade(value, found.section.spec);
    if (decoded.kind === 'newer') {
      return fail(
        `The ${found.section.noun} "${found.itemId}" in this file was saved by a newer version of the course. Nothing was changed.`,
      );
    }
    if (decoded.kind !== 'ok') {
      const reason = (decoded.kind === 'corrupt' ? decoded.reason : 'It is empty').replace(/[.\s]*$/, '.');
      return fail(
        `The ${found.section.noun} "${found.itemId}" in this file is damaged. ${reason} Nothing was changed.`,
      );
    }
    const title = found.section.name === 'worksheet:' ? course.titles?.[found.itemId] : undefined;
    const named = `${found.section.noun} ${title ? `“${title}”` : `"${found.itemId}"`}`;
    const misfit =
      found.section.name === 'worksheet:'
        ? misfitAnswer(course.questions?.[found.itemId] ?? [], (decoded.record as WorksheetRecord).answers)
        : undefined;
    if (misfit) {
      return fail(
        `The ${named} in this file holds an answer its form cannot show: the answer to ${misfit.question} should be ${misfit.kind}. The file may have been changed by hand. Nothing was changed.`,
      );
    }
    // A last change still to come would win every later merge (the newer copy is kept), so it is refused.
    if (isInTheFuture(decoded.record.updatedAt, now)) {
      return fail(
        `The ${named} in this file says it was last changed on ${decoded.record.updatedAt.slice(0, 10)}, which is still to come. The file may have been changed by hand, or made on a device whose clock is wrong. Nothing was changed.`,
      );
    }
    entries[name] = decoded.record;
  }
  return { ok: true, file: { format: WORKBOOK_FORMAT, version, exportedAt, entries } };
}

/** How an import treats what is already in this browser. */
export type ImportMode = 'merge' | 'replace';

/** What an import will do to one record. */
export interface PlannedChange {
  name: string;
  /**
   * add: only in the file (or damaged here, and kept aside first); update: the file's copy is newer (merge) or
   * replaces it (replace); combine: both copies changed, and merge keeps the items of both; keep: this browser's
   * copy is newer and stays (merge); same: identical; remove: only in this browser, and replace removes it;
   * untouched: a newer version of the site wrote this browser's copy, so this one does not change it; too-many:
   * both copies together hold more than the tool keeps, so merge keeps this browser's copy as it is.
   */
  action: 'add' | 'update' | 'combine' | 'keep' | 'same' | 'remove' | 'untouched' | 'too-many';
  currentAt?: string | undefined;
  incomingAt?: string | undefined;
}

/**
 * Every change an import would make, record by record, sorted by storage name. `unreadable` names what this browser
 * holds but cannot read: a record a newer version wrote is never changed; a damaged one is replaced by the file's
 * copy (the damaged text is kept aside first, see src/stores/workbook.ts).
 */
export function planImport(
  current: Entries,
  incoming: Entries,
  mode: ImportMode,
  unreadable: Unreadable = {},
): PlannedChange[] {
  const names = [...new Set([...Object.keys(current), ...Object.keys(incoming)])].sort();
  return names.map((name): PlannedChange => {
    const mine = current[name];
    const theirs = incoming[name];
    const times = { currentAt: mine?.updatedAt, incomingAt: theirs?.updatedAt };
    if (!theirs) return { name, action: mode === 'replace' ? 'remove' : 'keep', ...times };
    if (unreadable[name] === 'newer') return { name, action: 'untouched', ...times };
    if (!mine) return { name, action: 'add', ...times };
    if (JSON.stringify(mine) === JSON.stringify(theirs)) return { name, action: 'same', ...times };
    if (mode === 'replace') return { name, action: 'update', ...times };
    const both = combined(name, mine, theirs);
    if (both === 'too-many') return { name, action: 'too-many', ...times };
    if (both !== undefined) {
      if (JSON.stringify(both) === JSON.stringify(mine)) return { name, action: 'keep', ...times };
      if (JSON.stringify(both) === JSON.stringify(theirs)) return { name, action: 'update', ...times };
      return { name, action: 'combine', ...times };
    }
    // Compare as times, not text: a file may write the same moment with another offset.
    return { name, action: Date.parse(theirs.updatedAt) > Date.parse(mine.updatedAt) ? 'update' : 'keep', ...times };
  });
}

/**
 * Both copies combined item by item; undefined when the record's section does not combine; 'too-many' when the
 * result breaks one of the tool's limits (then nothing of this browser's copy may be dropped to make room).
 */
function combined(name: string, mine: StoredRecord, theirs: StoredRecord): StoredRecord | 'too-many' | undefined {
  const section = sectionOf(name)?.section;
  if (!section?.combine) return undefined;
  const both = section.combine(mine, theirs);
  return section.spec.validate(both).ok ? both : 'too-many';
}

/** The writes and removals that carry out a plan. */
export function importWrites(
  plan: PlannedChange[],
  incoming: Entries,
  current: Entries,
): { write: Entries; remove: string[] } {
  const write: Entries = {};
  const remove: string[] = [];
  for (const change of plan) {
    if (change.action === 'add' || change.action === 'update') write[change.name] = incoming[change.name]!;
    if (change.action === 'combine') {
      write[change.name] = combined(change.name, current[change.name]!, incoming[change.name]!) as StoredRecord;
    }
    if (change.action === 'remove') remove.push(change.name);
  }
  return { write, remove };
}
