/**
 * Course progress: marking lessons complete, remembering the last lesson read, and where "continue" leads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeStored } from '~/lib/storage/stored-record';
import {
  continueFrom,
  emptyProgress,
  lessonsComplete,
  progressRecordSpec,
  validateProgress,
  withLessonComplete,
  withLessonVisited,
  type ProgressRecord,
} from '~/lib/workbook/progress';

const course = ['broadcasting', 'power', 'audit', 'ties', 'ramp'] as const;
const t1 = '2026-02-10T20:02:11.930Z';
const t2 = '2026-02-17T07:45:03.101Z';
const now = '2026-03-02T18:40:00.000Z';

/** Progress with these lessons complete and, optionally, this lesson read last. */
function progress(done: string[], last?: string): ProgressRecord {
  return {
    v: 1,
    updatedAt: t2,
    completed: Object.fromEntries(done.map((slug) => [slug, t1])),
    ...(last ? { lastLesson: { slug: last, at: t2 } } : {}),
  };
}

describe('withLessonComplete', () => {
  it('marks a lesson complete at the time given', () => {
    const next = withLessonComplete(emptyProgress(t1), 'audit', true, now);
    expect(next.completed).toEqual({ audit: now });
    expect(next.updatedAt).toBe(now);
  });

  it('keeps the first completion time when a lesson is marked complete again', () => {
    const once = withLessonComplete(emptyProgress(t1), 'audit', true, t2);
    expect(withLessonComplete(once, 'audit', true, now).completed['audit']).toBe(t2);
  });

  it('unmarks a lesson and keeps the others', () => {
    const next = withLessonComplete(progress(['power', 'audit']), 'audit', false, now);
    expect(next.completed).toEqual({ power: t1 });
  });

  it('keeps the last lesson read', () => {
    expect(withLessonComplete(progress([], 'ties'), 'ties', true, now).lastLesson).toEqual({ slug: 'ties', at: t2 });
  });

  it('leaves the progress it was given unchanged', () => {
    const before = progress(['power']);
    const copy = structuredClone(before);
    withLessonComplete(before, 'audit', true, now);
    withLessonComplete(before, 'power', false, now);
    expect(before).toEqual(copy);
  });
});

describe('withLessonVisited', () => {
  it('records the lesson being read as the place to continue from, and keeps what is complete', () => {
    const next = withLessonVisited(progress(['power'], 'power'), 'audit', now);
    expect(next).toEqual({ v: 1, updatedAt: now, completed: { power: t1 }, lastLesson: { slug: 'audit', at: now } });
  });
});

describe('continueFrom', () => {
  it.each<[string, ProgressRecord | null, string | undefined]>([
    ['no progress saved yet: the first lesson', null, 'broadcasting'],
    ['nothing done and nothing read: the first lesson', progress([]), 'broadcasting'],
    ['last lesson read is not done: that lesson again', progress(['broadcasting'], 'ties'), 'ties'],
    ['last lesson read is done: the next undone lesson after it', progress(['broadcasting', 'audit'], 'audit'), 'ties'],
    ['last read done, the next done too: the first undone after it', progress(['audit', 'ties'], 'audit'), 'ramp'],
    [
      'everything after the last read is done: the first undone before it',
      progress(['ties', 'ramp'], 'ramp'),
      'broadcasting',
    ],
    ['lessons done out of order, none read: the first undone', progress(['broadcasting', 'audit']), 'power'],
    ['the last lesson read is no longer in the course: the first undone', progress(['broadcasting'], 'gone'), 'power'],
    ['everything done: nowhere to continue', progress([...course], 'ramp'), undefined],
  ])('%s', (_case, saved, expected) => {
    expect(continueFrom(saved, course)).toBe(expected);
  });

  it('has nowhere to continue in a course with no lessons', () => {
    expect(continueFrom(progress([], 'audit'), [])).toBeUndefined();
  });
});

describe('lessonsComplete', () => {
  it.each<[string, ProgressRecord | null, number]>([
    ['no progress saved', null, 0],
    ['nothing complete', progress([]), 0],
    ['two complete', progress(['power', 'ramp']), 2],
    ['every lesson complete', progress([...course]), course.length],
    ['a completed lesson that left the course is not counted', progress(['power', 'retired-lesson']), 1],
  ])('%s', (_case, saved, expected) => {
    expect(lessonsComplete(saved, course)).toBe(expected);
  });
});

describe('validateProgress', () => {
  it.each([
    ['not an object', [t1], 'the record', 'not an object'],
    ['null', null, 'the record', 'not an object'],
    ['a version other than 1', { v: 2, updatedAt: t1, completed: {} }, 'v', 'not version 1'],
    ['no time of change', { v: 1, completed: {} }, 'updatedAt', 'not a time'],
    ['a time of change that is not a time', { v: 1, updatedAt: 'last week', completed: {} }, 'updatedAt', 'not a time'],
    ['no list of completed lessons', { v: 1, updatedAt: t1 }, 'completed', 'not a list of lessons'],
    [
      'completed lessons as an array',
      { v: 1, updatedAt: t1, completed: ['audit'] },
      'completed',
      'not a list of lessons',
    ],
    [
      'a completion without a time',
      { v: 1, updatedAt: t1, completed: { audit: true } },
      'completed.audit',
      'not a time',
    ],
    [
      'a last lesson without a time',
      { v: 1, updatedAt: t1, completed: {}, lastLesson: { slug: 'audit' } },
      'lastLesson',
      'not a lesson and a time',
    ],
    [
      'a last lesson that is only a slug',
      { v: 1, updatedAt: t1, completed: {}, lastLesson: 'audit' },
      'lastLesson',
      'not a lesson and a time',
    ],
    [
      'a last lesson with a numeric slug',
      { v: 1, updatedAt: t1, completed: {}, lastLesson: { slug: 3, at: t1 } },
      'lastLesson',
      'not a lesson and a time',
    ],
  ])('refuses %s, saying where', (_case, value, where, message) => {
    expect(validateProgress(value)).toEqual({ ok: false, where, message });
  });

  it.each([
    ['nothing done', emptyProgress(t1)],
    ['lessons done and a last lesson', progress(['power', 'audit'], 'ties')],
  ])('accepts progress with %s', (_case, value) => {
    expect(validateProgress(value)).toEqual({ ok: true, value });
  });

  it('makes an unreadable stored progress corrupt, with the place named in the reason', () => {
    const raw = JSON.stringify({ v: 1, updatedAt: t1, completed: { audit: 'soon' } });
    expect(decodeStored(raw, progressRecordSpec)).toEqual({
      kind: 'corrupt',
      raw,
      reason: 'The saved progress is not valid at completed.audit: not a time.',
    });
  });

  it('loads the version-1 fixture as stored', () => {
    const raw = readFileSync(new URL('../fixtures/storage/v1/progress.json', import.meta.url), 'utf8');
    expect(decodeStored(raw, progressRecordSpec)).toEqual({ kind: 'ok', record: JSON.parse(raw) });
  });
});
