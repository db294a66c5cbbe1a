/**
 * Data written by every earlier version of the site must still load. tests/fixtures/storage/v<N>/ holds, for each
 * version N that was ever released, one realistic stored value of each kind of record, exactly as that version wrote
 * it. Never edit a released fixture: add a folder when a record's version changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coachRecordSpec } from '~/lib/coach/dashboard';
import { assignmentsRecordSpec } from '~/lib/coach/progress';
import { decodeStored, type RecordSpec, type StoredRecord } from '~/lib/storage/stored-record';
import { metaRecordSpec } from '~/lib/workbook/meta';
import { progressRecordSpec } from '~/lib/workbook/progress';
import { checkRecordSpec, worksheetRecordSpec } from '~/lib/workbook/records';
import { auditRecordSpec } from '~/lib/network/audit';

const root = fileURLToPath(new URL('../fixtures/storage/', import.meta.url));

/** Which spec reads each fixture file. */
const specs: Record<string, RecordSpec<StoredRecord>> = {
  'worksheet.json': worksheetRecordSpec as RecordSpec<StoredRecord>,
  'check.json': checkRecordSpec as RecordSpec<StoredRecord>,
  'progress.json': progressRecordSpec as RecordSpec<StoredRecord>,
  'meta.json': metaRecordSpec as RecordSpec<StoredRecord>,
  'assignments.json': assignmentsRecordSpec as RecordSpec<StoredRecord>,
  'coach.json': coachRecordSpec as RecordSpec<StoredRecord>,
  'audit.json': auditRecordSpec as RecordSpec<StoredRecord>,
};

/**
 * Values an earlier version filled in by default, which a migration removes because they were never answers (each
 * migration says why in its spec): for each fixture, the leaf and how many of it go. Nothing else may be lost.
 */
const defaultsDropped: Record<string, Record<string, number>> = {
  // Version 1 of the audit preset "who introduced you" to "me"; Cleo (and Ama in the snapshot) never changed it.
  'v1/audit.json': { '"me"': 2 },
};

const fixtures = readdirSync(root)
  .filter((folder) => /^v\d+$/.test(folder))
  .flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((file) => file.endsWith('.json'))
      .map((file) => ({ version: Number(folder.slice(1)), file, raw: readFileSync(join(root, folder, file), 'utf8') })),
  );

/** Every text and number in a value, with its count: what "nothing lost" means across a change of shape. */
function leaves(value: unknown, out = new Map<string, number>()): Map<string, number> {
  if (Array.isArray(value)) value.forEach((item) => leaves(item, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => leaves(item, out));
  else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const key = JSON.stringify(value);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

describe('the stored fixtures', () => {
  it('include a version-1 value of every kind of record kept at version 1 or migrated from it', () => {
    const v1 = fixtures.filter((fixture) => fixture.version === 1).map((fixture) => fixture.file);
    expect(v1.sort()).toEqual(Object.keys(specs).sort());
  });

  it.each(fixtures.map((fixture) => [`v${fixture.version}/${fixture.file}`, fixture.file]))(
    '%s is read by a known spec',
    (_name, file) => {
      expect(Object.keys(specs)).toContain(file);
    },
  );
});

describe.each(fixtures.map((fixture) => ({ ...fixture, name: `v${fixture.version}/${fixture.file}` })))(
  'data written by an earlier version loads without loss: $name',
  ({ version, file, raw }) => {
    const spec = specs[file]!;
    const stored = JSON.parse(raw) as StoredRecord;

    it('is stored with the version of its folder', () => {
      expect(stored.v).toBe(version);
    });

    it('loads as a record, not as a problem', () => {
      expect(decodeStored(raw, spec).kind).toBe('ok');
    });

    it('keeps every text, number and choice it held, and its time of change', () => {
      const decoded = decodeStored(raw, spec);
      if (decoded.kind !== 'ok') throw new Error(`did not load: ${JSON.stringify(decoded)}`);
      const { v: _before, ...data } = stored;
      const { v: _after, ...loaded } = decoded.record;
      const kept = leaves(loaded);
      const dropped = defaultsDropped[`v${version}/${file}`] ?? {};
      for (const [leaf, count] of leaves(data)) {
        expect(kept.get(leaf) ?? 0, leaf).toBeGreaterThanOrEqual(count - (dropped[leaf] ?? 0));
      }
      expect(decoded.record.updatedAt).toBe(stored.updatedAt);
    });

    it(`reads exactly as stored when it is the current version, or says it was migrated`, () => {
      const decoded = decodeStored(raw, spec);
      if (version === spec.version) expect(decoded).toEqual({ kind: 'ok', record: stored });
      else expect(decoded).toMatchObject({ kind: 'ok', migratedFrom: version, record: { v: spec.version } });
    });
  },
);
