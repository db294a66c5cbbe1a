/**
 * A number as a learner types it: figures, with a decimal point or a decimal comma ("2.5", "2,5"). A comma followed
 * by three figures ("1,500") is refused rather than guessed at: it is fifteen hundred in English and one and a half
 * in much of Europe. Words, "1e3", "0x10" and "Infinity" are not numbers here.
 */
export type TypedNumber =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'not a number' } | { kind: 'thousands comma' };

/** What to say of a number written with a thousands comma. */
export const THOUSANDS_COMMA =
  'Write it without a comma for thousands, such as 1500 (a comma is read as a decimal point, as in 2,5).';

export function typedNumber(text: string): TypedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (/^[+-]?\d+,\d{3}$/.test(trimmed)) return { kind: 'thousands comma' };
  const figures = trimmed.replace(/^([+-]?\d*),(\d+)$/, '$1.$2');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(figures)) return { kind: 'not a number' };
  return { kind: 'number', value: Number(figures) };
}
