/**
 * Questions asked in more than one place share one stored answer (src/lib/workbook/shared-answers.ts). The register
 * must name fields that exist, and the places must ask the same question the same way: a field type, a scale or the
 * choices that differ would turn one answer into a wrong one somewhere.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SHARED_ANSWERS, START_KINDS, type FieldRef } from '~/lib/workbook/shared-answers';

const root = resolve(import.meta.dirname, '../..');
interface Field {
  id: string;
  type: string;
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
  options?: { value: string; label: string }[];
}
const fieldOf = (ref: FieldRef): Field | undefined => {
  const definition = parse(readFileSync(join(root, 'content', 'worksheets', `${ref.worksheet}.yaml`), 'utf8')) as {
    fields: Field[];
  };
  return definition.fields.find((field) => field.id === ref.field);
};

describe.each(Object.entries(SHARED_ANSWERS))('the shared answer %s', (_key, { home, views }) => {
  it('has a home field that exists', () => {
    expect(fieldOf(home)).toBeDefined();
  });

  it.each(views.map((view) => [`${view.worksheet}: ${view.field}`, view] as const))(
    'is asked the same way in %s',
    (_name, view) => {
      const [a, b] = [fieldOf(home)!, fieldOf(view)];
      expect(b).toBeDefined();
      // The same answer reads the same wherever it is shown: the ends of a scale and the choices' words too.
      const how = (field: Field) => ({
        type: field.type,
        min: field.min,
        max: field.max,
        minLabel: field.minLabel,
        maxLabel: field.maxLabel,
        options: field.options,
      });
      expect(how(b!)).toEqual(how(a));
    },
  );
});

describe('the tools ask the same questions as the worksheets', () => {
  it('the ramp plan offers the worksheet’s three kinds of start, in its words', () => {
    expect(fieldOf(SHARED_ANSWERS['ramp-kind'].home)!.options).toEqual(
      START_KINDS.map(({ value, label }) => ({ value, label })),
    );
  });

  it('the ramp plan’s start is a date; the audit’s job contact is a scale of 1 to 5; the ledger’s budget is hours', () => {
    expect(fieldOf(SHARED_ANSWERS['ramp-start'].home)!.type).toBe('date');
    expect(fieldOf(SHARED_ANSWERS['job-contact'].home)).toMatchObject({ type: 'scale', min: 1, max: 5 });
    expect(fieldOf(SHARED_ANSWERS['helping-budget'].home)).toMatchObject({
      type: 'number',
      min: 0,
      max: 40,
      unit: 'hours a week',
    });
  });
});
