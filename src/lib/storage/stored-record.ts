/**
 * Reading and writing the records the workbook keeps in localStorage, whatever they hold.
 *
 * Every stored value is JSON of the shape `{ "v": <version>, "updatedAt": <ISO time>, ...data }`. Reading one
 * (`decodeStored`) never throws and never loses anything: it returns the record (migrated to the current version
 * when it was written by an earlier one), or says plainly why it cannot: the text is not JSON, it fails validation,
 * or it was written by a newer version of the site. The caller keeps such text aside (see src/stores/storage.ts).
 */
/** Every stored record carries its format version and the time it last changed. */
export interface StoredRecord {
  v: number;
  updatedAt: string;
}

/** How to read one kind of record: its current version, its validation, and how to bring older versions up. */
export interface RecordSpec<T extends StoredRecord> {
  /** A short name for messages: "worksheet", "progress". */
  name: string;
  /** The version this site writes. */
  version: number;
  /** Checks a record of the current version: the record, or where and why it is not valid. */
  validate: (value: unknown) => Validation<T>;
  /**
   * `migrations[n]` turns a version-n record into a version-(n + 1) record. Each must keep every answer: a migration
   * may move or reshape data, never drop it.
   */
  migrations: Record<number, (record: Record<string, unknown>) => Record<string, unknown>>;
}

/** What reading a stored value gives. */
export type Decoded<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; record: T; migratedFrom?: number }
  | { kind: 'corrupt'; raw: string; reason: string }
  | { kind: 'newer'; raw: string; version: number };

/** What validating a record gives. */
export type Validation<T> = { ok: true; value: T } | { ok: false; where: string; message: string };

/** Read a stored value. `undefined` or `null` (nothing stored) gives `empty`. */
export function decodeStored<T extends StoredRecord>(raw: string | null | undefined, spec: RecordSpec<T>): Decoded<T> {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw, reason: 'The saved text is not valid JSON.' };
  }
  return upgrade(parsed, spec, raw);
}

/** Validate and migrate an already-parsed value (from storage or from an imported file). */
export function upgrade<T extends StoredRecord>(
  value: unknown,
  spec: RecordSpec<T>,
  raw = JSON.stringify(value),
): Decoded<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'corrupt', raw, reason: `The saved ${spec.name} is not an object.` };
  }
  let record = value as Record<string, unknown>;
  const version = record['v'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'corrupt', raw, reason: `The saved ${spec.name} has no version number.` };
  }
  if (version > spec.version) return { kind: 'newer', raw, version };
  for (let from = version; from < spec.version; from++) {
    const migrate = spec.migrations[from];
    if (!migrate) {
      return { kind: 'corrupt', raw, reason: `There is no way to read a version ${from} ${spec.name}.` };
    }
    try {
      record = { ...migrate(record), v: from + 1 };
    } catch (error) {
      return { kind: 'corrupt', raw, reason: `Moving the ${spec.name} from version ${from} failed: ${String(error)}` };
    }
  }
  const result = spec.validate(record);
  if (!result.ok) {
    return {
      kind: 'corrupt',
      raw,
      reason: `The saved ${spec.name} is not valid at ${result.where}: ${result.message}.`,
    };
  }
  return version === spec.version
    ? { kind: 'ok', record: result.value }
    : { kind: 'ok', record: result.value, migratedFrom: version };
}

/** The text to store for a record. */
export function encodeStored<T extends StoredRecord>(record: T): string {
  return JSON.stringify(record);
}
