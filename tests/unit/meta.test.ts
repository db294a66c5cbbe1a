/**
 * The workbook's own bookkeeping, and when to remind the learner to export a backup.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeStored } from '~/lib/storage/stored-record';
import {
  BACKUP_REMINDER_DAYS,
  backupReminderDue,
  metaRecordSpec,
  withChange,
  type MetaRecord,
} from '~/lib/workbook/meta';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-03-10T12:00:00.000Z');
/** The ISO time `days` days (and `ms` milliseconds) before now. */
const ago = (days: number, ms = 0) => new Date(now.getTime() - days * DAY - ms).toISOString();
const meta = (fields: Partial<MetaRecord>): MetaRecord => ({ v: 1, updatedAt: ago(0), ...fields });

describe('BACKUP_REMINDER_DAYS', () => {
  it('is a week, the time after which Safari may clear a site’s data', () => {
    expect(BACKUP_REMINDER_DAYS).toBe(7);
  });
});

describe('backupReminderDue', () => {
  it.each<[string, MetaRecord | null, string | undefined, boolean]>([
    ['nothing saved yet: no reminder', null, undefined, false],
    ['no answer ever changed: no reminder', meta({ lastExportAt: ago(30) }), undefined, false],
    [
      'exported after the last change: no reminder',
      meta({ lastChangeAt: ago(20), lastExportAt: ago(10) }),
      undefined,
      false,
    ],
    [
      'exported at the very moment of the last change: no reminder',
      meta({ lastChangeAt: ago(9), lastExportAt: ago(9) }),
      undefined,
      false,
    ],
    ['never exported, last change 6 days ago: not yet', meta({ lastChangeAt: ago(6) }), undefined, false],
    [
      'never exported, last change just under 7 days ago: not yet',
      meta({ lastChangeAt: ago(7, -1) }),
      undefined,
      false,
    ],
    ['never exported, last change 7 days ago: reminder', meta({ lastChangeAt: ago(7) }), undefined, true],
    ['never exported, last change 30 days ago: reminder', meta({ lastChangeAt: ago(30) }), undefined, true],
    [
      'never exported, a recent change but the first change 7 days ago: reminder',
      meta({ lastChangeAt: ago(1) }),
      ago(7),
      true,
    ],
    [
      'never exported, a recent change and the first change 6 days ago: not yet',
      meta({ lastChangeAt: ago(1) }),
      ago(6),
      false,
    ],
    [
      'exported 6 days ago, changed since: not yet',
      meta({ lastChangeAt: ago(1), lastExportAt: ago(6) }),
      undefined,
      false,
    ],
    [
      'exported 7 days ago, changed since: reminder',
      meta({ lastChangeAt: ago(1), lastExportAt: ago(7) }),
      undefined,
      true,
    ],
    [
      'exported 7 days ago, changed since, whatever the first change: reminder',
      meta({ lastChangeAt: ago(1), lastExportAt: ago(7) }),
      ago(2),
      true,
    ],
  ])('%s', (_case, record, firstChangeAt, expected) => {
    // The first unexported change is kept in the meta record itself (see withChange).
    const withFirst = record && firstChangeAt ? { ...record, firstChangeAt } : record;
    expect(backupReminderDue(withFirst, now)).toBe(expected);
  });

  it(`comes exactly BACKUP_REMINDER_DAYS days after an unexported change`, () => {
    const changed = meta({ lastChangeAt: ago(BACKUP_REMINDER_DAYS) });
    expect(backupReminderDue(changed, now)).toBe(true);
    expect(backupReminderDue(changed, new Date(now.getTime() - 1))).toBe(false);
  });
});

describe('metaRecordSpec', () => {
  it('loads the version-1 fixture as stored', () => {
    const raw = readFileSync(new URL('../fixtures/storage/v1/meta.json', import.meta.url), 'utf8');
    expect(decodeStored(raw, metaRecordSpec)).toEqual({ kind: 'ok', record: JSON.parse(raw) });
  });

  it('accepts a record with nothing but a version and a time', () => {
    expect(decodeStored(JSON.stringify({ v: 1, updatedAt: ago(0) }), metaRecordSpec).kind).toBe('ok');
  });

  it.each([
    ['lastChangeAt', { lastChangeAt: 'Tuesday' }],
    ['lastExportAt', { lastExportAt: 1772409600000 }],
    ['persistRequested', { persistRequested: 'yes' }],
  ])('refuses a bad %s, naming it', (where, fields) => {
    expect(decodeStored(JSON.stringify({ v: 1, updatedAt: ago(0), ...fields }), metaRecordSpec)).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringContaining(`not valid at ${where}:`),
    });
  });
});

describe('withChange', () => {
  const start = '2026-03-01T09:00:00.000Z';
  it('notes the first change when there was none', () => {
    expect(withChange(meta({}), start)).toMatchObject({ lastChangeAt: start, firstChangeAt: start });
  });
  it('keeps the first unexported change as later changes come', () => {
    const later = '2026-03-05T09:00:00.000Z';
    expect(withChange(withChange(meta({}), start), later)).toMatchObject({ lastChangeAt: later, firstChangeAt: start });
  });
  it('starts counting again after an export', () => {
    const exported = withChange(meta({ lastExportAt: '2026-03-02T09:00:00.000Z' }), start);
    const after = withChange({ ...exported, lastExportAt: '2026-03-03T09:00:00.000Z' }, '2026-03-04T09:00:00.000Z');
    expect(after.firstChangeAt).toBe('2026-03-04T09:00:00.000Z');
  });
});
