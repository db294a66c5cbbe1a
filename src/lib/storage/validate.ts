/**
 * Validation of stored records with valibot (small and tree-shaken), for the specs of src/lib/storage/stored-record.ts.
 */
import * as v from 'valibot';
import { isCalendarDate } from '~/lib/dates';
import type { Validation } from '~/lib/storage/stored-record';

/** A time in ISO form, as stored. */
export const isoTime = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check((time) => isCalendarDate(time.slice(0, 10)), 'not a real date'),
);

/** A `validate` function from a valibot schema, reporting the first problem and where it is. */
export function validateWith<T>(schema: v.GenericSchema<unknown, T>): (value: unknown) => Validation<T> {
  return (value) => {
    const result = v.safeParse(schema, value);
    if (result.success) return { ok: true, value: result.output };
    const issue = result.issues[0];
    return {
      ok: false,
      where: issue.path?.map((item) => String(item.key)).join('.') || 'the record',
      message: issue.message,
    };
  };
}
