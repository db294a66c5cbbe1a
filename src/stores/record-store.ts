/**
 * A store for one stored record (a worksheet's answers, progress, ...), built on @nanostores/persistent so that a
 * change in one tab shows in every other tab of the site. See src/stores/storage.ts for keys and failure handling.
 */
import { persistentAtom } from '@nanostores/persistent';
import { computed, type ReadableAtom } from 'nanostores';
import { decodeStored, encodeStored, type RecordSpec, type StoredRecord } from '~/lib/storage/stored-record';
import { isUnsaved, keepAside, readStored, STORAGE_PREFIX, type RecoveryCopy } from '~/stores/storage';

/** Why a record cannot be shown as saved. */
export type RecordProblem =
  /** The stored text could not be read; it was kept aside as `copy`, and the learner may start afresh. */
  | { kind: 'corrupt'; reason: string; copy: RecoveryCopy }
  /** A newer version of the site wrote it; this older copy of the site will not change it. */
  | { kind: 'newer'; version: number };

/** What a record store holds. */
export interface RecordState<T> {
  /** The record, or null when nothing is saved yet or it cannot be read. */
  record: T | null;
  problem: RecordProblem | null;
}

/** What saving a change did. */
export type SaveResult =
  | { saved: true }
  /** The change is kept on screen and in memory, but did not reach storage (see $saveFailure in storage.ts). */
  | { saved: false; reason: 'not-stored' }
  /** The change was refused: the stored record belongs to a newer version of the site. */
  | { saved: false; reason: 'newer' };

/** A store of one record, and the one way to change it. */
export interface RecordStore<T> {
  $state: ReadableAtom<RecordState<T>>;
  /** Apply a change to the freshest stored copy (never to a stale one in memory) and save it. */
  update(change: (current: T) => T, options?: UpdateOptions): SaveResult;
  /** Remove the record. */
  clear(): void;
}

/** Called after every change to the learner's answers that reached storage (see src/stores/workbook-meta.ts). */
let afterSave: (name: string) => void = () => {};

/** Register what happens after each saved change: the meta store notes the time, and asks to keep the data. */
export function onEverySave(listener: (name: string) => void): void {
  afterSave = listener;
}

/** Options for a change. */
export interface UpdateOptions {
  /** False for bookkeeping that is not an answer (the last lesson read): it does not prompt a backup reminder. */
  countsAsChange?: boolean;
}

/** Every record store created on this page, by storage name, so an import or a delete can refresh them. */
const live = new Map<string, { set(value: string | undefined): void }>();

/**
 * Read every record store on this page again from storage, after an import or a delete wrote storage directly.
 * (Other tabs hear about such writes through the browser's storage event.)
 */
export function reloadAllRecords(): void {
  for (const [name, $raw] of live) $raw.set(readStored(name) ?? undefined);
}

/** Create the store for the record stored under `name` (without the site prefix). */
export function recordStore<T extends StoredRecord>(
  name: string,
  spec: RecordSpec<T>,
  empty: (now: string) => T,
): RecordStore<T> {
  const $raw = persistentAtom<string | undefined>(`${STORAGE_PREFIX}${name}`, undefined);
  live.set(name, $raw);

  const $state = computed($raw, (raw): RecordState<T> => {
    const decoded = decodeStored(raw, spec);
    switch (decoded.kind) {
      case 'empty':
        return { record: null, problem: null };
      case 'ok':
        return { record: decoded.record, problem: null };
      case 'newer':
        return { record: null, problem: { kind: 'newer', version: decoded.version } };
      case 'corrupt':
        // Keep the unreadable text before anything can overwrite it (idempotent: the same text is kept once).
        return {
          record: null,
          problem: { kind: 'corrupt', reason: decoded.reason, copy: keepAside(name, decoded.raw, decoded.reason) },
        };
    }
  });

  return {
    $state,
    update(change, { countsAsChange = true } = {}) {
      const now = new Date().toISOString();
      const fresh = decodeStored(readStored(name), spec);
      if (fresh.kind === 'newer') return { saved: false, reason: 'newer' };
      if (fresh.kind === 'corrupt') keepAside(name, fresh.raw, fresh.reason);
      const base = fresh.kind === 'ok' ? fresh.record : empty(now);
      $raw.set(encodeStored({ ...change(base), updatedAt: now }));
      if (isUnsaved(name)) return { saved: false, reason: 'not-stored' };
      if (countsAsChange) afterSave(name);
      return { saved: true };
    },
    clear() {
      $raw.set(undefined);
    },
  };
}
