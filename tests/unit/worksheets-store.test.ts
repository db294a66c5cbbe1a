/**
 * Worksheet answers in storage, through the record store (src/stores/record-store.ts) and its guard
 * (src/stores/storage.ts), on an in-memory backend: what reaches storage, what happens to a value that cannot be
 * read or was written by a newer version, a full storage, and two tabs saving the same worksheet.
 *
 * Stores are created once per worksheet id for the life of the module, so each test uses worksheet ids of its own.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeStored } from '~/lib/storage/stored-record';
import { worksheetRecordSpec, type WorksheetRecord } from '~/lib/workbook/records';
import { addRow, moveRow, setRowValue } from '~/lib/workbook/rows';
import {
  $saveFailure,
  changedElsewhere,
  memoryBackend,
  recoveryCopies,
  useStorageBackend,
  type StorageBackend,
} from '~/stores/storage';
import { saveAnswer, saveRows, worksheetStore } from '~/stores/worksheets';

const fixture = readFileSync(new URL('../fixtures/storage/v1/worksheet.json', import.meta.url), 'utf8');

let counter = 0;
/** A worksheet id no earlier test has used. */
const freshId = (name = 'worksheet') => `${name}-${++counter}`;
const keyOf = (id: string) => `real-networking:worksheet:${id}`;

/** An in-memory backend whose writes can be made to fail, as a full or locked-down localStorage does. */
function testBackend(initial: Record<string, string> = {}) {
  const inner = memoryBackend(initial);
  let failure: (() => unknown) | undefined;
  let failing: (key: string) => boolean = () => true;
  const backend: StorageBackend = {
    ...inner,
    set(key, value) {
      if (failure && failing(key)) throw failure();
      inner.set(key, value);
    },
  };
  return {
    backend,
    /** Make writes throw `error` (every write, or only those of keys `only` says yes to); undefined to stop. */
    failWritesWith(error: (() => unknown) | undefined, only: (key: string) => boolean = () => true) {
      failure = error;
      failing = only;
    },
    /** Every key and value, as the browser would show them. */
    dump: () => Object.fromEntries(inner.keys().map((key) => [key, inner.get(key)])),
    record: (id: string) => JSON.parse(inner.get(keyOf(id)) ?? 'null') as WorksheetRecord | null,
  };
}

let storage: ReturnType<typeof testBackend>;

/** Start each test in a new browser profile holding `initial`. */
function openBrowser(initial: Record<string, string> = {}) {
  storage = testBackend(initial);
  useStorageBackend(storage.backend, true);
}

beforeEach(() => openBrowser());

describe('saving answers', () => {
  it('saves an answer under real-networking:worksheet:<id>, as a valid version-1 record', () => {
    const id = freshId();
    expect(saveAnswer(id, 'current-goal', 'support')).toEqual({ saved: true });
    const stored = storage.backend.get(keyOf(id));
    expect(decodeStored(stored, worksheetRecordSpec)).toEqual({
      kind: 'ok',
      record: { v: 1, updatedAt: expect.any(String), answers: { 'current-goal': 'support' } },
    });
  });

  it('shows the saved answer in the store, with no problem', () => {
    const id = freshId();
    saveAnswer(id, 'hours', 2.5);
    expect(worksheetStore(id).$state.get()).toEqual({ record: storage.record(id), problem: null });
  });

  it('keeps every answer as more are saved, and dates the record at the last change', () => {
    const id = freshId();
    const before = new Date().toISOString();
    saveAnswer(id, 'current-goal', 'support');
    saveAnswer(id, 'gives', ['advice', 'introductions']);
    saveAnswer(id, 'current-goal', 'settling-in');
    const record = storage.record(id)!;
    expect(record.answers).toEqual({ 'current-goal': 'settling-in', gives: ['advice', 'introductions'] });
    expect(record.updatedAt >= before).toBe(true);
  });

  it('removes an answer that is cleared', () => {
    const id = freshId();
    saveAnswer(id, 'current-goal', 'support');
    saveAnswer(id, 'hours', 3);
    saveAnswer(id, 'hours', undefined);
    expect(storage.record(id)?.answers).toEqual({ 'current-goal': 'support' });
  });

  it('tells a page that shows the worksheet about each saved answer', () => {
    const id = freshId();
    const seen: unknown[] = [];
    const unbind = worksheetStore(id).$state.listen((state) => seen.push(state.record?.answers));
    saveAnswer(id, 'one-line-goal', 'Meet the planners');
    saveAnswer(id, 'hours', 4);
    unbind();
    expect(seen).toEqual([
      { 'one-line-goal': 'Meet the planners' },
      { 'one-line-goal': 'Meet the planners', hours: 4 },
    ]);
  });

  it('saves only the worksheet it is given', () => {
    const [a, b] = [freshId(), freshId()];
    saveAnswer(a, 'hours', 1);
    expect(storage.backend.get(keyOf(b))).toBeNull();
    expect(worksheetStore(b).$state.get()).toEqual({ record: null, problem: null });
  });

  it('saves rows of a repeating group that keep their ids through a move', () => {
    const id = freshId();
    saveRows(id, 'dormant', (rows) => addRow(rows, { id: 'r1', values: {} }));
    saveRows(id, 'dormant', (rows) => addRow(rows, { id: 'r2', values: {} }));
    saveRows(id, 'dormant', (rows) => setRowValue(rows, 'r1', 'who', 'R.K.'));
    saveRows(id, 'dormant', (rows) => moveRow(rows, 'r2', -1));
    expect(storage.record(id)?.answers['dormant']).toEqual([
      { id: 'r2', values: {} },
      { id: 'r1', values: { who: 'R.K.' } },
    ]);
  });

  it('starts a group afresh when the stored answer there is not a list of rows', () => {
    const id = freshId();
    saveAnswer(id, 'dormant', 'three people');
    saveRows(id, 'dormant', (rows) => addRow(rows, { id: 'r1', values: { who: 'Sam' } }));
    expect(storage.record(id)?.answers['dormant']).toEqual([{ id: 'r1', values: { who: 'Sam' } }]);
  });
});

describe('loading what an earlier visit saved', () => {
  it('a worksheet with nothing saved is empty, not a problem', () => {
    expect(worksheetStore(freshId()).$state.get()).toEqual({ record: null, problem: null });
  });

  it('loads a saved version-1 worksheet exactly as stored', () => {
    const id = freshId();
    openBrowser({ [keyOf(id)]: fixture });
    expect(worksheetStore(id).$state.get()).toEqual({ record: JSON.parse(fixture), problem: null });
  });

  it('adds a new answer to a saved worksheet without losing the others', () => {
    const id = freshId();
    openBrowser({ [keyOf(id)]: fixture });
    saveAnswer(id, 'deepen', 'J. from planning');
    expect(storage.record(id)?.answers).toEqual({ ...JSON.parse(fixture).answers, deepen: 'J. from planning' });
  });
});

describe('a stored worksheet that cannot be read', () => {
  const unreadable = [
    ['text that is not JSON', '{"v":1,"updatedAt":"2026-03-02T18:41:07.512Z","answers":{"go', /not valid JSON/],
    [
      'a record that fails validation',
      '{"v":1,"updatedAt":"2026-03-02T18:41:07.512Z","answers":{"x":{}}}',
      /not valid at answers\.x/,
    ],
    ['a list instead of a record', '["support"]', /is not an object/],
    ['a record with no version', '{"answers":{"current-goal":"support"}}', /has no version number/],
  ] as const;

  it.each(unreadable)(
    'a corrupted worksheet (%s) is kept aside and the other worksheets still load',
    (_case, raw, reason) => {
      const [bad, good] = [freshId('bad'), freshId('good')];
      openBrowser({ [keyOf(bad)]: raw, [keyOf(good)]: fixture });

      const state = worksheetStore(bad).$state.get();
      expect(state.record).toBeNull();
      expect(state.problem).toMatchObject({ kind: 'corrupt', reason: expect.stringMatching(reason) });

      const kept = Object.entries(storage.dump()).filter(([key]) =>
        key.startsWith(`real-networking:recovery:worksheet:${bad}:`),
      );
      expect(kept).toHaveLength(1);
      expect(JSON.parse(kept[0]![1]!)).toEqual({
        keptAt: expect.any(String),
        reason: expect.stringMatching(reason),
        raw,
      });
      expect(state.problem?.kind === 'corrupt' && state.problem.copy).toMatchObject({ key: kept[0]![0], raw });

      expect(storage.backend.get(keyOf(bad))).toBe(raw);
      expect(worksheetStore(good).$state.get()).toEqual({ record: JSON.parse(fixture), problem: null });
    },
  );

  it('is kept aside once, however often it is looked at', () => {
    const id = freshId();
    openBrowser({ [keyOf(id)]: 'not json' });
    worksheetStore(id).$state.get();
    const unbind = worksheetStore(id).$state.listen(() => {});
    unbind();
    expect(recoveryCopies().filter((copy) => copy.name === `worksheet:${id}`)).toHaveLength(1);
  });

  it('saving after corruption starts afresh, and the recovery copy remains', () => {
    const id = freshId();
    const raw = '{"v":1,"answers":{"current-goal":"support"';
    openBrowser({ [keyOf(id)]: raw });
    worksheetStore(id).$state.get();

    expect(saveAnswer(id, 'hours', 3)).toEqual({ saved: true });
    expect(storage.record(id)?.answers).toEqual({ hours: 3 });
    expect(worksheetStore(id).$state.get()).toEqual({ record: storage.record(id), problem: null });

    const copies = recoveryCopies().filter((copy) => copy.name === `worksheet:${id}`);
    expect(copies).toHaveLength(1);
    expect(copies[0]?.raw).toBe(raw);
    expect(storage.backend.get(copies[0]!.key)).not.toBeNull();
  });

  it('is kept aside before the first save even if no page looked at it', () => {
    const id = freshId();
    openBrowser({ [keyOf(id)]: '<<garbage>>' });
    saveAnswer(id, 'hours', 3);
    expect(
      recoveryCopies()
        .filter((copy) => copy.name === `worksheet:${id}`)
        .map((copy) => copy.raw),
    ).toEqual(['<<garbage>>']);
  });
});

describe('a stored worksheet written by a newer version of the site', () => {
  const newer = JSON.stringify({
    v: 2,
    updatedAt: '2026-05-01T10:00:00.000Z',
    answers: { 'current-goal': { v: 'x' } },
  });

  it('is reported as newer, with the version, and not shown as corrupt', () => {
    const id = freshId();
    openBrowser({ [keyOf(id)]: newer });
    expect(worksheetStore(id).$state.get()).toEqual({ record: null, problem: { kind: 'newer', version: 2 } });
  });

  it('refuses a save, and leaves the stored text and everything else as it was', () => {
    const id = freshId();
    openBrowser({ [keyOf(id)]: newer });
    const before = storage.dump();
    expect(saveAnswer(id, 'hours', 3)).toEqual({ saved: false, reason: 'newer' });
    expect(saveRows(id, 'dormant', (rows) => addRow(rows, { id: 'r', values: {} }))).toEqual({
      saved: false,
      reason: 'newer',
    });
    expect(storage.backend.get(keyOf(id))).toBe(newer);
    expect(storage.dump()).toEqual(before);
  });
});

describe('when the browser refuses to store a change', () => {
  it.each([
    [
      'storage is full (QuotaExceededError)',
      () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      'full',
    ],
    ['storage is full (Firefox)', () => new DOMException('Quota reached', 'NS_ERROR_DOM_QUOTA_REACHED'), 'full'],
    [
      'storage is blocked (SecurityError)',
      () => new DOMException('The operation is insecure.', 'SecurityError'),
      'blocked',
    ],
    ['any other error', () => new TypeError('setItem failed'), 'blocked'],
  ] as const)('when %s, the save says so and the change stays on screen', (_case, error, reason) => {
    const id = freshId();
    saveAnswer(id, 'current-goal', 'support');
    const storedBefore = storage.backend.get(keyOf(id));

    storage.failWritesWith(error);
    expect(saveAnswer(id, 'hours', 3)).toEqual({ saved: false, reason: 'not-stored' });
    expect($saveFailure.get()).toEqual({ reason, message: expect.stringContaining('Your change is still on screen') });
    expect(worksheetStore(id).$state.get().record?.answers).toEqual({ 'current-goal': 'support', hours: 3 });
    expect(storage.backend.get(keyOf(id))).toBe(storedBefore);
  });

  it('the next successful write clears the failure and stores the change that was held back', () => {
    const id = freshId();
    storage.failWritesWith(() => new DOMException('full', 'QuotaExceededError'));
    saveAnswer(id, 'current-goal', 'support');
    saveAnswer(id, 'hours', 3);
    expect($saveFailure.get()?.reason).toBe('full');
    expect(storage.backend.get(keyOf(id))).toBeNull();

    storage.failWritesWith(undefined);
    expect(saveAnswer(id, 'one-line-goal', 'Meet the planners')).toEqual({ saved: true });
    expect($saveFailure.get()).toBeNull();
    expect(storage.record(id)?.answers).toEqual({
      'current-goal': 'support',
      hours: 3,
      'one-line-goal': 'Meet the planners',
    });
  });

  it('a successful save of another worksheet stores the held-back change too, and then clears the failure', () => {
    const [full, other] = [freshId(), freshId()];
    storage.failWritesWith(() => new DOMException('full', 'QuotaExceededError'));
    saveAnswer(full, 'hours', 3);
    storage.failWritesWith(undefined);
    expect(saveAnswer(other, 'hours', 1)).toEqual({ saved: true });
    expect(storage.record(full)?.answers).toEqual({ hours: 3 });
    expect($saveFailure.get()).toBeNull();
  });

  it('the failure stays while any change is still held back, even after other saves work', () => {
    const [stuck, other] = [freshId('stuck'), freshId('other')];
    storage.failWritesWith(
      () => new DOMException('full', 'QuotaExceededError'),
      (key) => key === keyOf(stuck),
    );
    expect(saveAnswer(stuck, 'hours', 3)).toEqual({ saved: false, reason: 'not-stored' });
    expect(saveAnswer(other, 'hours', 1)).toEqual({ saved: true });
    expect($saveFailure.get()?.reason).toBe('full');
    expect(storage.backend.get(keyOf(stuck))).toBeNull();
    expect(worksheetStore(stuck).$state.get().record?.answers).toEqual({ hours: 3 });
  });

  it('an unreadable worksheet is not overwritten while its kept-aside copy cannot be stored', () => {
    const id = freshId();
    openBrowser({ [keyOf(id)]: 'not json' });
    storage.failWritesWith(
      () => new DOMException('full', 'QuotaExceededError'),
      (key) => key.startsWith('real-networking:recovery:'),
    );

    expect(saveAnswer(id, 'hours', 3)).toEqual({ saved: false, reason: 'not-stored' });
    expect(storage.backend.get(keyOf(id))).toBe('not json');
    expect(worksheetStore(id).$state.get().record?.answers).toEqual({ hours: 3 });
    expect($saveFailure.get()?.reason).toBe('full');

    storage.failWritesWith(undefined);
    expect(saveAnswer(id, 'current-goal', 'support')).toEqual({ saved: true });
    expect(storage.record(id)?.answers).toEqual({ hours: 3, 'current-goal': 'support' });
    expect(recoveryCopies().find((copy) => copy.name === `worksheet:${id}`)?.raw).toBe('not json');
    expect(Object.keys(storage.dump()).some((key) => key.startsWith(`real-networking:recovery:worksheet:${id}:`))).toBe(
      true,
    );
    expect($saveFailure.get()).toBeNull();
  });
});

describe('two tabs saving the same worksheet', () => {
  it('an older tab never overwrites what a newer tab saved: answers A, B and C all stay', () => {
    const id = freshId();
    expect(saveAnswer(id, 'current-goal', 'support')).toEqual({ saved: true }); // A, in this tab
    const shown = worksheetStore(id).$state.get().record!;

    // Another tab, which read A, saves B. This tab hears nothing of it (no storage event here).
    const otherTab = withLaterTime(shown, { ...shown.answers, hours: 4 });
    storage.backend.set(keyOf(id), JSON.stringify(otherTab));

    expect(saveAnswer(id, 'one-line-goal', 'Meet the planners')).toEqual({ saved: true }); // C, in this tab
    expect(storage.record(id)?.answers).toEqual({
      'current-goal': 'support',
      hours: 4,
      'one-line-goal': 'Meet the planners',
    });
    expect(worksheetStore(id).$state.get().record?.answers).toEqual(storage.record(id)?.answers);
  });

  it('rows added in another tab stay when this tab adds a row', () => {
    const id = freshId();
    saveRows(id, 'dormant', (rows) => addRow(rows, { id: 'mine-1', values: { who: 'Ama' } }));
    const shown = worksheetStore(id).$state.get().record!;
    const otherTab = withLaterTime(shown, {
      dormant: [...(shown.answers['dormant'] as never[]), { id: 'theirs', values: { who: 'Bo' } }],
    });
    storage.backend.set(keyOf(id), JSON.stringify(otherTab));

    saveRows(id, 'dormant', (rows) => addRow(rows, { id: 'mine-2', values: { who: 'Cy' } }));
    expect((storage.record(id)?.answers['dormant'] as { id: string }[]).map((row) => row.id)).toEqual([
      'mine-1',
      'theirs',
      'mine-2',
    ]);
  });

  it('a change this tab could not store is never written over what another tab saved since', () => {
    const [id, other] = [freshId(), freshId()];
    storage.failWritesWith(() => new DOMException('full', 'QuotaExceededError'));
    expect(saveAnswer(id, 'hours', 1)).toEqual({ saved: false, reason: 'not-stored' });

    // Room again; another tab saves this worksheet, and the browser tells this tab.
    storage.failWritesWith(undefined);
    const theirs = JSON.stringify({ v: 1, updatedAt: '2030-01-01T00:00:00.000Z', answers: { hours: 9 } });
    storage.backend.set(keyOf(id), theirs);
    changedElsewhere(keyOf(id));
    expect($saveFailure.get()).toBeNull();

    // This tab saves something else: its stale value for the first worksheet is not written.
    expect(saveAnswer(other, 'hours', 2)).toEqual({ saved: true });
    expect(storage.backend.get(keyOf(id))).toBe(theirs);
    expect(saveAnswer(id, 'current-goal', 'support')).toEqual({ saved: true });
    expect(storage.record(id)?.answers).toEqual({ hours: 9, 'current-goal': 'support' });
  });

  it('after another tab deletes everything, nothing this tab held unsaved comes back', () => {
    const id = freshId();
    storage.failWritesWith(() => new DOMException('full', 'QuotaExceededError'));
    saveAnswer(id, 'hours', 1);
    storage.failWritesWith(undefined);
    changedElsewhere(null);
    saveAnswer(freshId(), 'hours', 2);
    expect(storage.backend.get(keyOf(id))).toBeNull();
  });
});

/** The record as another tab would save it a second later, with these answers. */
function withLaterTime(record: WorksheetRecord, answers: WorksheetRecord['answers']): WorksheetRecord {
  return { v: 1, updatedAt: new Date(Date.parse(record.updatedAt) + 1000).toISOString(), answers };
}
