/**
 * The light progress script of lesson pages (src/stores/lesson-progress.ts), on a stand-in localStorage: it saves
 * the same record as the workbook, notes a change for the backup reminder, and never overwrites what it cannot read.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withLessonComplete, withLessonVisited } from '~/lib/workbook/progress';
import { changeProgress, readProgress } from '~/stores/lesson-progress';

const PROGRESS = 'real-networking:progress';
const META = 'real-networking:meta';

let values: Map<string, string>;
let failWrites: boolean;

beforeEach(() => {
  values = new Map();
  failWrites = false;
  const localStorage = {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      values.set(key, value);
    },
  };
  vi.stubGlobal('window', { localStorage, addEventListener() {} });
  vi.useFakeTimers({ now: new Date('2026-03-02T10:00:00.000Z') });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const complete = (slug: string) => changeProgress((p) => withLessonComplete(p, slug, true, new Date().toISOString()));
const stored = (key: string) => JSON.parse(values.get(key) ?? 'null');

describe('changeProgress on a lesson page', () => {
  it('marks a lesson complete in the progress record the workbook reads', () => {
    expect(complete('give-before-you-get')).toBe(true);
    expect(readProgress()).toEqual({
      v: 1,
      updatedAt: '2026-03-02T10:00:00.000Z',
      completed: { 'give-before-you-get': '2026-03-02T10:00:00.000Z' },
    });
  });

  it('notes the change for the backup reminder, keeping the first change since the last export', () => {
    values.set(
      META,
      JSON.stringify({ v: 1, updatedAt: '2026-02-01T00:00:00.000Z', firstChangeAt: '2026-02-20T00:00:00.000Z' }),
    );
    complete('give-before-you-get');
    expect(stored(META)).toEqual({
      v: 1,
      updatedAt: '2026-03-02T10:00:00.000Z',
      lastChangeAt: '2026-03-02T10:00:00.000Z',
      firstChangeAt: '2026-02-20T00:00:00.000Z',
    });
  });

  it('does not count noting the lesson read last as a change', () => {
    changeProgress((p) => withLessonVisited(p, 'give-before-you-get', new Date().toISOString()), {
      countsAsChange: false,
    });
    expect(readProgress()).toMatchObject({ lastLesson: { slug: 'give-before-you-get' } });
    expect(values.has(META)).toBe(false);
  });

  it.each([
    ['not JSON', '{"v":1,"updatedAt"'],
    ['with a field that is not a time', '{"v":1,"updatedAt":"2026-02-01T00:00:00.000Z","lastExportAt":"yesterday"}'],
    ['of a newer version', '{"v":2,"updatedAt":"2026-02-01T00:00:00.000Z"}'],
  ])('leaves a bookkeeping record it cannot read (%s) as it is, and still saves the lesson', (_case, raw) => {
    values.set(META, raw);
    expect(complete('give-before-you-get')).toBe(true);
    expect(values.get(META)).toBe(raw);
  });

  it.each([
    ['not JSON', '{"v":1,"completed":'],
    ['written by a newer version', JSON.stringify({ v: 2, updatedAt: '2026-03-01T00:00:00.000Z', done: [] })],
  ])('never overwrites progress it cannot read (%s)', (_case, raw) => {
    values.set(PROGRESS, raw);
    expect(readProgress()).toBe('unreadable');
    expect(complete('give-before-you-get')).toBe(false);
    expect(values.get(PROGRESS)).toBe(raw);
    expect(values.has(META)).toBe(false);
  });

  it('says a change was not saved when the browser refuses it', () => {
    failWrites = true;
    expect(complete('give-before-you-get')).toBe(false);
    expect(values.size).toBe(0);
  });
});
