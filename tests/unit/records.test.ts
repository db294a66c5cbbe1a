/**
 * Worksheet and knowledge-check records: their stored shape, and the one change a save makes (withAnswer).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeStored, encodeStored } from '~/lib/storage/stored-record';
import type { Answer } from '~/lib/workbook/answers';
import {
  checkRecordSpec,
  emptyCheckRecord,
  emptyWorksheetRecord,
  withAnswer,
  withChoice,
  withoutChoice,
  worksheetRecordSpec,
  type CheckRecord,
  type WorksheetRecord,
} from '~/lib/workbook/records';

const fixture = (name: string, version = 1) =>
  readFileSync(new URL(`../fixtures/storage/v${version}/${name}`, import.meta.url), 'utf8');
const earlier = '2026-03-01T08:00:00.000Z';
const now = '2026-03-02T18:41:07.512Z';

const record: WorksheetRecord = {
  v: 1,
  updatedAt: earlier,
  answers: { 'current-goal': 'settling-in', hours: 2.5, gives: ['advice'] },
};

describe('emptyWorksheetRecord', () => {
  it('is a worksheet with nothing answered, dated now', () => {
    expect(emptyWorksheetRecord(now)).toEqual({ v: 1, updatedAt: now, answers: {} });
  });

  it('is itself a valid stored worksheet', () => {
    expect(decodeStored(encodeStored(emptyWorksheetRecord(now)), worksheetRecordSpec)).toEqual({
      kind: 'ok',
      record: emptyWorksheetRecord(now),
    });
  });
});

describe('withAnswer', () => {
  const row = { id: 'r1', values: { who: 'R.K.', 'by-when': '2026-03-20' } };

  it.each<[string, string, Answer]>([
    ['a new text answer', 'one-line-goal', 'Find the real decision makers'],
    ['a changed choice', 'current-goal', 'support'],
    ['a number', 'hours', 4],
    ['ticked options', 'gives', ['advice', 'introductions']],
    ['rows of a group', 'dormant', [row]],
    ['a cleared value (null)', 'confidence', null],
  ])('saves %s and keeps every other answer', (_case, fieldId, value) => {
    const next = withAnswer(record, fieldId, value, now);
    expect(next.answers[fieldId]).toEqual(value);
    for (const [other, answer] of Object.entries(record.answers)) {
      if (other !== fieldId) expect(next.answers[other]).toEqual(answer);
    }
  });

  it('removes the answer when given undefined', () => {
    const next = withAnswer(record, 'hours', undefined, now);
    expect(next.answers).not.toHaveProperty('hours');
    expect(next.answers).toEqual({ 'current-goal': 'settling-in', gives: ['advice'] });
  });

  it('dates the record at the time of the change', () => {
    expect(withAnswer(record, 'hours', 3, now)).toMatchObject({ v: 1, updatedAt: now });
  });

  it('leaves the record it was given unchanged (other tabs and undo rely on it)', () => {
    const before = structuredClone(record);
    withAnswer(record, 'hours', 3, now);
    withAnswer(record, 'gives', undefined, now);
    expect(record).toEqual(before);
  });

  it('gives a record that is still valid to store', () => {
    const next = withAnswer(withAnswer(record, 'dormant', [row], now), 'confidence', null, now);
    expect(decodeStored(encodeStored(next), worksheetRecordSpec)).toEqual({ kind: 'ok', record: next });
  });
});

describe('worksheetRecordSpec', () => {
  it('loads the version-1 fixture with every answer type, repeating group included', () => {
    const decoded = decodeStored(fixture('worksheet.json'), worksheetRecordSpec);
    expect(decoded).toEqual({ kind: 'ok', record: JSON.parse(fixture('worksheet.json')) });
  });

  it('keeps answers to fields that are no longer in any definition', () => {
    const decoded = decodeStored(fixture('worksheet.json'), worksheetRecordSpec);
    expect(decoded.kind === 'ok' && decoded.record.answers['renamed-field-from-an-older-definition']).toBe(
      'Kept, though no field shows it now',
    );
  });

  it.each([
    ['an answer that is an object', { x: { text: 'hi' } }, 'answers.x'],
    ['an answer that is true', { x: true }, 'answers.x'],
    ['a group row without an id', { g: [{ values: {} }] }, 'answers.g'],
    ['a group row with a nested object value', { g: [{ id: 'a', values: { who: { name: 'R' } } }] }, 'answers.g'],
  ])('refuses %s, naming where', (_case, answers, where) => {
    const decoded = decodeStored(JSON.stringify({ v: 1, updatedAt: now, answers }), worksheetRecordSpec);
    expect(decoded).toMatchObject({ kind: 'corrupt', reason: expect.stringContaining(`not valid at ${where}:`) });
  });

  it.each([
    ['no time of change', { v: 1, answers: {} }, 'updatedAt'],
    ['a time that is not a time', { v: 1, updatedAt: 'yesterday', answers: {} }, 'updatedAt'],
    ['no answers', { v: 1, updatedAt: now }, 'answers'],
  ])('refuses a worksheet with %s', (_case, value, where) => {
    expect(decodeStored(JSON.stringify(value), worksheetRecordSpec)).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringMatching(new RegExp(`^The saved worksheet is not valid at ${where}:`)),
    });
  });
});

describe('checkRecordSpec', () => {
  it('loads the version-2 fixture as stored', () => {
    expect(decodeStored(fixture('check.json', 2), checkRecordSpec)).toEqual({
      kind: 'ok',
      record: JSON.parse(fixture('check.json', 2)),
    });
  });

  it('moves a version-1 check to version 2: every answer kept, each first try marked unknown', () => {
    const v1 = JSON.parse(fixture('check.json'));
    expect(decodeStored(fixture('check.json'), checkRecordSpec)).toEqual({
      kind: 'ok',
      migratedFrom: 1,
      record: {
        v: 2,
        updatedAt: v1.updatedAt,
        chosen: v1.chosen,
        firstTry: { 'self-introduction-flag': null, 'find-the-broker': null, 'structure-not-size': null },
      },
    });
  });

  it('moves a version-1 check with nothing chosen to an empty version 2', () => {
    const raw = JSON.stringify({ v: 1, updatedAt: now, chosen: {} });
    expect(decodeStored(raw, checkRecordSpec)).toMatchObject({ kind: 'ok', record: { chosen: {}, firstTry: {} } });
  });

  it('an empty check is a valid check with nothing chosen', () => {
    expect(emptyCheckRecord(now)).toEqual({ v: 2, updatedAt: now, chosen: {}, firstTry: {} });
    expect(decodeStored(encodeStored(emptyCheckRecord(now)), checkRecordSpec).kind).toBe('ok');
  });

  it.each([
    ['a negative option', -1],
    ['a fractional option', 1.5],
    ['an option given as text', '1'],
  ])('refuses %s, naming the question', (_case, option) => {
    const raw = JSON.stringify({ v: 2, updatedAt: now, chosen: { 'find-the-broker': option }, firstTry: {} });
    expect(decodeStored(raw, checkRecordSpec)).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringContaining('The saved knowledge check is not valid at chosen.find-the-broker:'),
    });
  });

  it('refuses a version-2 check without first tries, and a first try that is not an option', () => {
    expect(decodeStored(JSON.stringify({ v: 2, updatedAt: now, chosen: {} }), checkRecordSpec).kind).toBe('corrupt');
    const raw = JSON.stringify({ v: 2, updatedAt: now, chosen: {}, firstTry: { 'find-the-broker': 'yes' } });
    expect(decodeStored(raw, checkRecordSpec)).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringContaining('firstTry.find-the-broker'),
    });
  });

  it('reports a check from a newer version of the site as newer, untouched', () => {
    const raw = JSON.stringify({ v: 3, updatedAt: now, answers: [] });
    expect(decodeStored(raw, checkRecordSpec)).toEqual({ kind: 'newer', raw, version: 3 });
  });
});

describe('withChoice and withoutChoice', () => {
  const empty: CheckRecord = emptyCheckRecord(earlier);

  it('keeps the first answer to a question as its first try, whatever is chosen after', () => {
    const first = withChoice(empty, 'q', 2);
    const second = withChoice(first, 'q', 0);
    expect(first).toMatchObject({ chosen: { q: 2 }, firstTry: { q: 2 } });
    expect(second).toMatchObject({ chosen: { q: 0 }, firstTry: { q: 2 } });
  });

  it('keeps the first try when the learner tries a question again, or the whole check', () => {
    const answered = withChoice(withChoice(empty, 'q', 1), 'r', 3);
    expect(withoutChoice(answered, 'q')).toMatchObject({ chosen: { r: 3 }, firstTry: { q: 1, r: 3 } });
    expect(withoutChoice(answered)).toMatchObject({ chosen: {}, firstTry: { q: 1, r: 3 } });
    expect(withChoice(withoutChoice(answered, 'q'), 'q', 0)).toMatchObject({ firstTry: { q: 1 } });
  });

  it('does not record a new first try for a question answered before first tries were kept', () => {
    const migrated: CheckRecord = { ...empty, chosen: { q: 1 }, firstTry: { q: null } };
    expect(withChoice(migrated, 'q', 0)).toMatchObject({ chosen: { q: 0 }, firstTry: { q: null } });
  });
});
