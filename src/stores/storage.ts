/**
 * The workbook's storage: localStorage, guarded so that nothing the browser throws loses an answer.
 *
 * Keys: every key this site writes starts with `real-networking:` (STORAGE_PREFIX). What lives under each name is
 * listed in src/lib/workbook/sections.ts; each value is JSON `{ "v": version, "updatedAt": ISO time, ... }`, read by
 * src/lib/storage/stored-record.ts, which also runs migrations from earlier versions.
 *
 * - `real-networking:recovery:<name>:<ISO time>`: a value that could not be read (not JSON, failed validation),
 *   kept aside as `{ keptAt, reason, raw }` the moment it was found, before anything could overwrite it. Never
 *   deleted by the site, except by "Delete all my data" (the learner's) or by "Delete all coach data" when the coach
 *   ticks that the copies of theirs go too.
 * - `real-networking:meta`: `{ v: 1, updatedAt, lastChangeAt?, firstChangeAt?, lastExportAt?, persistRequested? }`,
 *   for the backup reminder and the persistent-storage request (src/lib/workbook/backup-reminder.ts).
 *
 * What can go wrong, and what happens:
 * - localStorage is unavailable (private browsing, storage disabled): everything is kept in memory for the visit
 *   and `$storageAvailable` is false, so pages can say that nothing will be kept.
 * - A write fails (QuotaExceededError, or any other error): the value stays in memory, so the change stays on
 *   screen, and `$saveFailure` says why, so pages can offer an export. Every later successful write tries the
 *   values still in memory again; `$saveFailure` clears only when none is left unsaved.
 * - Another tab saves (or deletes) a value this tab holds unsaved: the other tab's is newer, so this tab forgets its
 *   own and never writes it over the other's later.
 * - A stored value cannot be read: it is copied aside under a recovery key, and the record's state says so.
 * - A stored value was written by a newer version of the site: it is left untouched and read-only here.
 */
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { STORAGE_PREFIX } from '~/lib/storage/keys';

export { STORAGE_PREFIX };

/** Prefix of the keys that hold unreadable values kept aside. */
export const RECOVERY_PREFIX = `${STORAGE_PREFIX}recovery:`;

/** The storage the workbook writes to: localStorage in a browser, memory where that is not available. */
export interface StorageBackend {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

/** Why the last write failed, in words for the learner, or null when the last write succeeded. */
export interface SaveFailure {
  reason: 'full' | 'blocked';
  message: string;
}

/** Whether this browser keeps what the site stores (false in private browsing or with storage disabled). */
export const $storageAvailable = atom<boolean>(true);
/** Why values are waiting in memory unsaved; null once every value has reached storage. */
export const $saveFailure = atom<SaveFailure | null>(null);

/** localStorage, if the browser lets the site use it; probed with a real write. */
export function localStorageBackend(): StorageBackend | undefined {
  try {
    const storage = window.localStorage;
    const probe = `${STORAGE_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return {
      get: (key) => storage.getItem(key),
      set: (key, value) => storage.setItem(key, value),
      remove: (key) => storage.removeItem(key),
      keys: () =>
        Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null),
    };
  } catch {
    return undefined;
  }
}

/** Storage in memory, for a visit where the browser keeps nothing (and for tests). */
export function memoryBackend(initial: Record<string, string> = {}): StorageBackend {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
    keys: () => [...values.keys()],
  };
}

function describeFailure(error: unknown): SaveFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return {
      reason: 'full',
      message:
        "this browser's storage for this site is full. Your change is still on screen; export your workbook to keep a copy.",
    };
  }
  return {
    reason: 'blocked',
    message: 'this browser refused to save. Your change is still on screen; export your workbook to keep a copy.',
  };
}

let backend: StorageBackend = memoryBackend();
/** Values whose write failed, kept so reads return what the learner sees rather than the older stored value. */
const unsaved = new Map<string, string>();
/** Keys that must not be written until another key is saved: an unreadable value waits for its kept-aside copy. */
const waitsFor = new Map<string, string>();

function mustWait(key: string): boolean {
  const first = waitsFor.get(key);
  if (first !== undefined && unsaved.has(first)) return true;
  waitsFor.delete(key);
  return false;
}

/**
 * The object @nanostores/persistent reads and writes as if it were localStorage. It never throws: a failed write
 * is remembered in memory and reported through `$saveFailure`.
 */
const guardedEngine: Record<string, string> = new Proxy({} as Record<string, string>, {
  get(_target, key) {
    if (typeof key !== 'string') return undefined;
    if (unsaved.has(key)) return unsaved.get(key);
    try {
      return backend.get(key) ?? undefined;
    } catch {
      return undefined;
    }
  },
  set(_target, key, value) {
    if (typeof key !== 'string') return true;
    unsaved.set(key, String(value));
    writeUnsaved();
    return true;
  },
  deleteProperty(_target, key) {
    if (typeof key !== 'string') return true;
    unsaved.delete(key);
    try {
      backend.remove(key);
    } catch {
      // Nothing to do: a key that cannot be removed stays, which loses nothing.
    }
    writeUnsaved();
    return true;
  },
  has(_target, key) {
    return typeof key === 'string' && (unsaved.has(key) || safeGet(key) !== null);
  },
  ownKeys() {
    return [...new Set([...safeKeys(), ...unsaved.keys()])];
  },
  getOwnPropertyDescriptor(_target, key) {
    if (typeof key !== 'string') return undefined;
    const value = unsaved.get(key) ?? safeGet(key);
    return value === null ? undefined : { value, writable: true, enumerable: true, configurable: true };
  },
});

/**
 * Write every value waiting in memory, oldest first (the value just changed, and any whose earlier write failed:
 * there may be room again). What fails stays in memory, and `$saveFailure` says why until nothing is left.
 */
function writeUnsaved(): void {
  let failure: SaveFailure | null = null;
  for (const [key, value] of unsaved) {
    if (mustWait(key)) continue;
    try {
      backend.set(key, value);
      unsaved.delete(key);
    } catch (error) {
      failure = describeFailure(error);
    }
  }
  if (unsaved.size === 0) {
    if ($saveFailure.get()) $saveFailure.set(null);
  } else if (failure || !$saveFailure.get()) {
    $saveFailure.set(failure ?? describeFailure(new DOMException('Waiting for room', 'QuotaExceededError')));
  }
}

function safeGet(key: string): string | null {
  try {
    return backend.get(key);
  } catch {
    return null;
  }
}

function safeKeys(): string[] {
  try {
    return backend.keys();
  } catch {
    return [];
  }
}

/** Point the workbook at a storage backend. Called once in the browser below; tests call it with memory. */
export function useStorageBackend(next: StorageBackend, available: boolean): void {
  backend = next;
  unsaved.clear();
  waitsFor.clear();
  $storageAvailable.set(available);
  $saveFailure.set(null);
  setPersistentEngine(guardedEngine, typeof window === 'undefined' ? noEvents : windowPersistentEvents);
}

const noEvents = { addEventListener() {}, removeEventListener() {} };

/**
 * Another tab changed `key` (null: cleared everything). What it wrote is newer than anything this tab still holds
 * unsaved for that key, so this tab drops its held value rather than write it over the other tab's later.
 */
export function changedElsewhere(key: string | null): void {
  if (key === null) {
    unsaved.clear();
    waitsFor.clear();
  } else {
    unsaved.delete(key);
    waitsFor.delete(key);
  }
  if (unsaved.size === 0 && $saveFailure.get()) $saveFailure.set(null);
}

/** Drop the value held in memory for `name` after a failed write, so reads see what storage still holds. */
export function discardUnsaved(name: string): void {
  changedElsewhere(`${STORAGE_PREFIX}${name}`);
}

if (typeof window !== 'undefined') {
  const local = localStorageBackend();
  useStorageBackend(local ?? memoryBackend(), local !== undefined);
  // Registered before any store listens, so the stores already see storage without this tab's stale values.
  window.addEventListener('storage', (event) => {
    if (event.storageArea === null || event.storageArea === window.localStorage) changedElsewhere(event.key);
  });
}

/** Read a stored value as text, through the guard (so an unsaved change is seen). */
export function readStored(name: string): string | null {
  return guardedEngine[`${STORAGE_PREFIX}${name}`] ?? null;
}

/** Write a stored value as text, through the guard. True when it reached storage. */
export function writeStored(name: string, text: string): boolean {
  guardedEngine[`${STORAGE_PREFIX}${name}`] = text;
  return !isUnsaved(name);
}

/** Whether the value under `name` is held in memory only, because writing it failed. */
export function isUnsaved(name: string): boolean {
  return unsaved.has(`${STORAGE_PREFIX}${name}`);
}

/** Remove a stored value. */
export function removeStored(name: string): void {
  delete guardedEngine[`${STORAGE_PREFIX}${name}`];
}

/** Every stored value of this site, by storage name (recovery copies and meta excluded). */
export function allStored(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of Object.keys(guardedEngine)) {
    if (!key.startsWith(STORAGE_PREFIX) || key.startsWith(RECOVERY_PREFIX)) continue;
    const text = guardedEngine[key];
    if (text !== undefined) values[key.slice(STORAGE_PREFIX.length)] = text;
  }
  return values;
}

/** A value that could not be read, kept aside. */
export interface RecoveryCopy {
  key: string;
  /** The storage name it was read from. */
  name: string;
  keptAt: string;
  reason: string;
  raw: string;
}

/**
 * Keep an unreadable value aside under a recovery key, unless the same text is already kept. Returns the copy.
 * If the copy cannot be written (storage full), the unreadable original is not overwritten either: changes to it
 * wait in memory until its copy has reached storage.
 */
export function keepAside(name: string, raw: string, reason: string, now = new Date().toISOString()): RecoveryCopy {
  const existing = recoveryCopies().find((copy) => copy.name === name && copy.raw === raw);
  const copy = existing ?? { key: `${RECOVERY_PREFIX}${name}:${now}`, name, keptAt: now, reason, raw };
  if (!existing) guardedEngine[copy.key] = JSON.stringify({ keptAt: now, reason, raw });
  if (unsaved.has(copy.key)) waitsFor.set(`${STORAGE_PREFIX}${name}`, copy.key);
  return copy;
}

/** Every value kept aside, oldest first. */
export function recoveryCopies(): RecoveryCopy[] {
  const copies: RecoveryCopy[] = [];
  for (const key of Object.keys(guardedEngine)) {
    if (!key.startsWith(RECOVERY_PREFIX)) continue;
    const rest = key.slice(RECOVERY_PREFIX.length);
    const name = rest.replace(/:\d{4}-\d{2}-\d{2}T[^:]*:\d{2}:\d{2}(\.\d+)?Z$/, '');
    try {
      const kept = JSON.parse(guardedEngine[key] ?? '') as Partial<RecoveryCopy>;
      copies.push({
        key,
        name,
        keptAt: String(kept.keptAt ?? ''),
        reason: String(kept.reason ?? ''),
        raw: String(kept.raw ?? ''),
      });
    } catch {
      copies.push({ key, name, keptAt: '', reason: 'unreadable', raw: guardedEngine[key] ?? '' });
    }
  }
  return copies.sort((a, b) => a.keptAt.localeCompare(b.keptAt));
}

/**
 * Remove every stored value whose storage name `belongs` says yes to, with the copies of them kept aside unless
 * `keepCopies`. Other values of this site (a coach's own data, when deleting a learner's workbook) stay.
 */
export function removeStoredWhere(belongs: (name: string) => boolean, { keepCopies = false } = {}): void {
  if (!keepCopies) {
    for (const copy of recoveryCopies()) {
      if (belongs(copy.name)) delete guardedEngine[copy.key];
    }
  }
  for (const key of Object.keys(guardedEngine)) {
    if (!key.startsWith(STORAGE_PREFIX) || key.startsWith(RECOVERY_PREFIX)) continue;
    if (belongs(key.slice(STORAGE_PREFIX.length))) delete guardedEngine[key];
  }
}
