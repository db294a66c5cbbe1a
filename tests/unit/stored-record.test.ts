/**
 * Reading stored records: every way a stored value can be unreadable, and the migration machinery that brings a
 * record written by an earlier version up to the current one without losing anything.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  decodeStored,
  encodeStored,
  upgrade,
  type RecordSpec,
  type StoredRecord,
  type Validation,
} from '~/lib/storage/stored-record';

/*
 * A test-only record, a contact card, at version 3:
 * - v1: { name, notes: string }
 * - v2: { person: { name }, notes: string }        (migration 1: the name moves into `person`)
 * - v3: { person: { name }, notes: string[] }      (migration 2: the note becomes a list of notes)
 */
interface CardV3 extends StoredRecord {
  v: 3;
  person: { name: string };
  notes: string[];
}

function validateCard(value: unknown): Validation<CardV3> {
  const record = value as Record<string, unknown>;
  if (record['v'] !== 3) return { ok: false, where: 'v', message: 'not version 3' };
  if (typeof record['updatedAt'] !== 'string') return { ok: false, where: 'updatedAt', message: 'not a time' };
  const person = record['person'] as Record<string, unknown> | undefined;
  if (typeof person?.['name'] !== 'string') return { ok: false, where: 'person.name', message: 'not a name' };
  const notes = record['notes'];
  if (!Array.isArray(notes) || !notes.every((note) => typeof note === 'string')) {
    return { ok: false, where: 'notes', message: 'not a list of notes' };
  }
  return { ok: true, value: value as CardV3 };
}

const moveNameIntoPerson = (record: Record<string, unknown>) => {
  const { name, ...rest } = record;
  return { ...rest, person: { name } };
};
const notesIntoList = (record: Record<string, unknown>) => ({ ...record, notes: [record['notes']] });

function cardSpec(migrations: RecordSpec<CardV3>['migrations']): RecordSpec<CardV3> {
  return { name: 'contact card', version: 3, validate: validateCard, migrations };
}

const spec = cardSpec({ 1: moveNameIntoPerson, 2: notesIntoList });

const updatedAt = '2026-03-02T18:41:07.512Z';
const v1 = { v: 1, updatedAt, name: 'Ama Mensah', notes: 'Met at the planning offsite; knows everyone in finance' };
const v2 = {
  v: 2,
  updatedAt,
  person: { name: 'Ama Mensah' },
  notes: 'Met at the planning offsite; knows everyone in finance',
};
const v3: CardV3 = {
  v: 3,
  updatedAt,
  person: { name: 'Ama Mensah' },
  notes: ['Met at the planning offsite; knows everyone in finance'],
};

describe('decodeStored: values that cannot be read', () => {
  it.each([
    ['nothing stored (null)', null],
    ['nothing stored (undefined)', undefined],
  ])('%s reads as empty, not as a problem', (_case, raw) => {
    expect(decodeStored(raw, spec)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['an empty string', '', 'The saved text is not valid JSON.'],
    ['cut-off JSON', '{"v":3,"updatedAt":"2026-03-02T18:41:07.512Z","person":{"name":"Am', 'not valid JSON'],
    ['text that is not JSON at all', 'Ama Mensah', 'not valid JSON'],
    ['a JSON string', '"Ama Mensah"', 'The saved contact card is not an object.'],
    ['a JSON number', '42', 'The saved contact card is not an object.'],
    ['a JSON null', 'null', 'The saved contact card is not an object.'],
    ['a JSON array', '[{"v":3}]', 'The saved contact card is not an object.'],
    [
      'an object with no version',
      '{"updatedAt":"2026-03-02T18:41:07.512Z"}',
      'The saved contact card has no version number.',
    ],
    ['a version written as text', '{"v":"3"}', 'has no version number'],
    ['version 0', '{"v":0}', 'has no version number'],
    ['a negative version', '{"v":-2}', 'has no version number'],
    ['a fractional version', '{"v":2.5}', 'has no version number'],
  ])('%s is corrupt, and the raw text is kept word for word', (_case, raw, reason) => {
    const decoded = decodeStored(raw, spec);
    expect(decoded).toEqual({ kind: 'corrupt', raw, reason: expect.stringContaining(reason) });
  });

  it.each([
    [4, '{"v":4,"updatedAt":"2026-03-02T18:41:07.512Z","person":{"name":"Ama"},"notes":[],"tags":["finance"]}'],
    [12, '{"v":12}'],
  ])('a record written by a newer version (v%i) is reported as newer, with its text untouched', (version, raw) => {
    expect(decodeStored(raw, spec)).toEqual({ kind: 'newer', raw, version });
  });

  it.each([
    ['a missing name', { ...v3, person: {} }, 'person.name', 'not a name'],
    ['notes that are not a list', { ...v3, notes: 'one note' }, 'notes', 'not a list of notes'],
    ['no time of change', { v: 3, person: { name: 'Ama' }, notes: [] }, 'updatedAt', 'not a time'],
  ])('a current-version record with %s is corrupt, and the reason names where', (_case, record, where, message) => {
    const raw = JSON.stringify(record);
    expect(decodeStored(raw, spec)).toEqual({
      kind: 'corrupt',
      raw,
      reason: `The saved contact card is not valid at ${where}: ${message}.`,
    });
  });
});

describe('decodeStored: records of the current version', () => {
  it('a valid record reads back as it was written, with no note of a migration', () => {
    const decoded = decodeStored(JSON.stringify(v3), spec);
    expect(decoded).toEqual({ kind: 'ok', record: v3 });
    expect(decoded).not.toHaveProperty('migratedFrom');
  });

  it('does not run any migration on a current record', () => {
    const migrations = { 1: vi.fn(moveNameIntoPerson), 2: vi.fn(notesIntoList) };
    decodeStored(JSON.stringify(v3), cardSpec(migrations));
    expect(migrations[1]).not.toHaveBeenCalled();
    expect(migrations[2]).not.toHaveBeenCalled();
  });
});

describe('decodeStored: migrations from earlier versions', () => {
  it('a version-1 record is migrated to version 3 with nothing lost', () => {
    const decoded = decodeStored(JSON.stringify(v1), spec);
    expect(decoded).toEqual({ kind: 'ok', record: v3, migratedFrom: 1 });
  });

  it.each([
    [1, v1],
    [2, v2],
  ])('a version-%i record reads as version 3 and says which version it came from', (from, record) => {
    const decoded = decodeStored(JSON.stringify(record), spec);
    expect(decoded.kind).toBe('ok');
    if (decoded.kind !== 'ok') return;
    expect(decoded.record.v).toBe(3);
    expect(decoded.migratedFrom).toBe(from);
    expect(decoded.record.person.name).toBe('Ama Mensah');
    expect(decoded.record.notes).toEqual([v1.notes]);
  });

  it('runs the migrations in order, each on the output of the one before, and only those needed', () => {
    const migrations = { 1: vi.fn(moveNameIntoPerson), 2: vi.fn(notesIntoList) };
    decodeStored(JSON.stringify(v2), cardSpec(migrations));
    expect(migrations[1]).not.toHaveBeenCalled();
    expect(migrations[2]).toHaveBeenCalledOnce();

    decodeStored(JSON.stringify(v1), cardSpec(migrations));
    expect(migrations[1]).toHaveBeenCalledWith(v1);
    // The second migration sees the first one's output, with the version already moved on to 2.
    expect(migrations[2]).toHaveBeenLastCalledWith(v2);
  });

  it('sets the version after each step, so a migration need not', () => {
    const forgetful = cardSpec({
      1: ({ v: _v, ...record }) => moveNameIntoPerson(record),
      2: ({ v: _v, ...record }) => notesIntoList(record),
    });
    expect(decodeStored(JSON.stringify(v1), forgetful)).toEqual({ kind: 'ok', record: v3, migratedFrom: 1 });
  });

  it.each([
    ['version 1, with the step from 2 to 3 missing', v1, { 1: moveNameIntoPerson }, 2],
    ['version 2, with the step from 2 to 3 missing', v2, { 1: moveNameIntoPerson }, 2],
    ['version 1, with the step from 1 to 2 missing', v1, { 2: notesIntoList }, 1],
  ])('a record of %s is corrupt, not guessed at', (_case, record, migrations, missing) => {
    const raw = JSON.stringify(record);
    expect(decodeStored(raw, cardSpec(migrations))).toEqual({
      kind: 'corrupt',
      raw,
      reason: `There is no way to read a version ${missing} contact card.`,
    });
  });

  it('a migration that throws makes the record corrupt, keeping the original text and saying why', () => {
    const raw = JSON.stringify(v1);
    const broken = cardSpec({
      1: moveNameIntoPerson,
      2: () => {
        throw new Error('notes are in an unknown shape');
      },
    });
    expect(decodeStored(raw, broken)).toEqual({
      kind: 'corrupt',
      raw,
      reason: 'Moving the contact card from version 2 failed: Error: notes are in an unknown shape',
    });
  });

  it('a migration whose output is not valid makes the record corrupt, naming where', () => {
    const raw = JSON.stringify(v1);
    const lossy = cardSpec({ 1: moveNameIntoPerson, 2: (record) => ({ ...record, notes: undefined }) });
    expect(decodeStored(raw, lossy)).toEqual({
      kind: 'corrupt',
      raw,
      reason: 'The saved contact card is not valid at notes: not a list of notes.',
    });
  });
});

describe('upgrade (an already-parsed value, e.g. from an import file)', () => {
  it('migrates an old record just as reading it from storage does', () => {
    expect(upgrade(v1, spec)).toEqual(decodeStored(JSON.stringify(v1), spec));
  });

  it('keeps the value as JSON text when it cannot be read and no raw text was given', () => {
    const value = { v: 3, person: { name: 'Ama' }, notes: 'one' };
    const decoded = upgrade(value, spec);
    expect(decoded.kind).toBe('corrupt');
    expect(decoded.kind === 'corrupt' && JSON.parse(decoded.raw)).toEqual(value);
  });

  it('keeps the raw text it was given', () => {
    expect(upgrade(['not', 'a', 'record'], spec, '  ["not","a","record"]  ')).toMatchObject({
      kind: 'corrupt',
      raw: '  ["not","a","record"]  ',
    });
  });

  it('does not change the value it was given', () => {
    const value = structuredClone(v1);
    upgrade(value, spec);
    expect(value).toEqual(v1);
  });
});

describe('encodeStored', () => {
  it('writes text that reads back as the same record', () => {
    expect(decodeStored(encodeStored(v3), spec)).toEqual({ kind: 'ok', record: v3 });
  });

  it('writes the record as plain JSON, version and time included', () => {
    expect(JSON.parse(encodeStored(v3))).toEqual(v3);
  });
});
