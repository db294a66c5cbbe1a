/**
 * The workbook's own bookkeeping, stored under `real-networking:meta` (shape in src/lib/workbook/meta.ts): when
 * answers last changed and when they were last exported (for the backup reminder), and whether the browser agreed
 * to keep the site's data (navigator.storage.persist, asked the first time something is saved).
 */
import { atom } from 'nanostores';
import { metaRecordSpec, withChange, type MetaRecord } from '~/lib/workbook/meta';
import { onEverySave, recordStore } from '~/stores/record-store';

const meta = recordStore<MetaRecord>('meta', metaRecordSpec, (now) => ({ v: 1, updatedAt: now }));

/** The meta record (null before anything was ever saved). */
export const $meta = meta.$state;

/**
 * Whether the browser promised to keep this site's data: unknown until asked; granted or not-granted; unsupported
 * where the browser has no storage manager (or it failed).
 */
export type Persistence = 'unknown' | 'granted' | 'not-granted' | 'unsupported';
/** The browser's answer about keeping the data, shown on the workbook page. */
export const $persistence = atom<Persistence>('unknown');

/** Ask the browser what it has promised, without asking for anything. */
export async function checkPersistence(): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) {
    $persistence.set('unsupported');
    return;
  }
  try {
    $persistence.set((await navigator.storage.persisted()) ? 'granted' : 'not-granted');
  } catch {
    $persistence.set('unsupported');
  }
}

/** Ask the browser to keep this site's data (it may decide without asking the learner). Asked once per visit. */
async function requestPersistence(): Promise<void> {
  if ($persistence.get() === 'granted' || requested) return;
  requested = true;
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) {
    $persistence.set('unsupported');
    return;
  }
  try {
    $persistence.set((await navigator.storage.persist()) ? 'granted' : 'not-granted');
    meta.update((record) => ({ ...record, persistRequested: true }), { countsAsChange: false });
  } catch {
    $persistence.set('unsupported');
  }
}
let requested = false;

onEverySave((name) => {
  if (name === 'meta') return;
  meta.update((record) => withChange(record, new Date().toISOString()), { countsAsChange: false });
  void requestPersistence();
});

/** Note that the learner exported the workbook just now. */
export function noteExport(): void {
  meta.update((record) => ({ ...record, lastExportAt: new Date().toISOString() }), { countsAsChange: false });
}
