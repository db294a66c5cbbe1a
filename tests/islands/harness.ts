/**
 * Shared set-up for the island tests: fresh store modules on an in-memory storage backend, and small helpers to
 * read what was stored and to reach an element with the Tab key.
 */
import type { UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import type { StorageBackend } from '~/stores/storage';

export const worksheetKey = (id: string) => `real-networking:worksheet:${id}`;
export const checkKey = (id: string) => `real-networking:check:${id}`;

/**
 * Load the storage module and an island afresh (record stores are memoised per id inside their modules, and read
 * storage when they are created), then point storage at `backend`, a clean memory backend by default.
 */
async function freshModules<T>(load: () => Promise<T>, backend?: StorageBackend | Record<string, string>) {
  vi.resetModules();
  const storage = await import('~/stores/storage');
  const loaded = await load();
  const memory: StorageBackend =
    backend && typeof (backend as StorageBackend).get === 'function'
      ? (backend as StorageBackend)
      : storage.memoryBackend(backend as Record<string, string> | undefined);
  storage.useStorageBackend(memory, true);
  return { ...loaded, backend: memory, storage };
}

export function loadSituationIsland(backend?: StorageBackend | Record<string, string>) {
  return freshModules(async () => ({ SituationIsland: (await import('~/islands/SituationIsland')).default }), backend);
}

export function loadMessageStartersIsland(backend?: StorageBackend | Record<string, string>) {
  return freshModules(
    async () => ({ MessageStartersIsland: (await import('~/islands/MessageStartersIsland')).default }),
    backend,
  );
}

export function loadWorksheetIsland(backend?: StorageBackend | Record<string, string>) {
  return freshModules(async () => ({ WorksheetIsland: (await import('~/islands/WorksheetIsland')).default }), backend);
}

export function loadKnowledgeCheckIsland(backend?: StorageBackend | Record<string, string>) {
  return freshModules(
    async () => ({ KnowledgeCheckIsland: (await import('~/islands/KnowledgeCheckIsland')).default }),
    backend,
  );
}

/** The network audit island, on fresh store modules. */
export function loadNetworkAuditIsland(backend?: StorageBackend | Record<string, string>) {
  return freshModules(
    async () => ({ NetworkAuditIsland: (await import('~/islands/NetworkAuditIsland')).default }),
    backend,
  );
}

/** The ramp plan island and the worksheet island together (they share the ramp's start), on fresh store modules. */
export function loadRampIslands(backend?: StorageBackend | Record<string, string>) {
  return freshModules(
    async () => ({
      RampPlanIsland: (await import('~/islands/RampPlanIsland')).default,
      WorksheetIsland: (await import('~/islands/WorksheetIsland')).default,
    }),
    backend,
  );
}

/** Every key and value of a backend, to seed another one (a page load after this one). */
export function snapshot(backend: StorageBackend): Record<string, string> {
  return Object.fromEntries(backend.keys().map((key) => [key, backend.get(key)!]));
}

/** The JSON stored under `key`, parsed, or null when nothing is stored. */
export function storedJson<T = unknown>(backend: StorageBackend, key: string): T | null {
  const text = backend.get(key);
  return text === null ? null : (JSON.parse(text) as T);
}

/** Press Tab (or Shift+Tab) until `target` has focus; fails if it is never reached. */
export async function tabTo(user: UserEvent, target: Element, { shift = false } = {}): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await user.tab({ shift });
    if (document.activeElement === target) return;
  }
  expect.fail(`Tab never reached ${target.outerHTML.slice(0, 120)}`);
}

/** Capture what the next downloads contain, without a real download (happy-dom has no file system). */
export function captureDownloads(): { texts: () => Promise<string[]>; names: string[] } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test-${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { texts: () => Promise.all(blobs.map((blob) => blob.text())), names };
}
