/**
 * The tools' date and number inputs, which never drop what was typed: an entry that is not yet a date or a number
 * stays in the box, says what it expects, and changes nothing that is saved until it is one. (The worksheets' fields
 * in src/ui/fields.tsx do the same for worksheets.)
 */
import { useEffect, useState } from 'preact/hooks';
import { isCalendarDate, today } from '~/lib/dates';
import { THOUSANDS_COMMA, typedNumber } from '~/lib/typed-number';

/** What every tool input needs: its id, the ids of its help text (if any), and whether it is disabled. */
interface InputBase {
  id: string;
  /** Ids of help text, for aria-describedby; the problem's id is added when there is one. */
  describedBy?: string | undefined;
  disabled?: boolean | undefined;
  required?: boolean | undefined;
  /** Told the input's problem whenever it changes (undefined when there is none): for a form that must not submit. */
  onProblem?: ((problem: string | undefined) => void) | undefined;
}

/** The id of an input's problem message. */
export const problemId = (id: string) => `${id}-problem`;

const describedBy = (base: string | undefined, id: string, problem: string | undefined) =>
  [base, problem ? problemId(id) : undefined].filter(Boolean).join(' ') || undefined;

/**
 * A problem message under an input, announced when it appears; with `announce` false, not announced, for a form
 * whose problems are all read out at once in a list of its own.
 */
export function InputProblem({
  id,
  problem,
  announce = true,
}: {
  id: string;
  problem: string | undefined;
  announce?: boolean;
}) {
  return problem ? (
    <p class="field-problem" id={problemId(id)} role={announce ? 'alert' : undefined}>
      {problem}
    </p>
  ) : null;
}

/** What a date input holds while the learner types: a date, nothing, or something that is not a date yet. */
export type DateEntry = { kind: 'date'; value: string } | { kind: 'empty' } | { kind: 'unfinished' };

/** Read a date input: a half-typed date (the browser's `badInput`) or text that is not a date is "unfinished". */
export function readDateInput(input: Pick<HTMLInputElement, 'value' | 'validity'>): DateEntry {
  const value = input.value.trim();
  if (value === '') return input.validity?.badInput ? { kind: 'unfinished' } : { kind: 'empty' };
  return isCalendarDate(value) ? { kind: 'date', value } : { kind: 'unfinished' };
}

/** The message for a date that is not finished. */
export const DATE_PROBLEM =
  'Enter the whole date, day, month and year (for example 2026-03-31). Nothing is saved until then.';

/**
 * Which days a date box takes: any, only today and earlier (a conversation or an exchange that has happened), or
 * only today and later (a due date).
 */
export type DayRange = 'any' | 'up to today' | 'from today';

/** How far back a day that has happened may go, and how far ahead a due date: beyond, the year is a slip. */
export const YEARS_BACK = 100;
export const YEARS_AHEAD = 10;

/** The same day `years` years later (or earlier, when negative), YYYY-MM-DD. */
const yearsFrom = (day: string, years: number) =>
  `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;

/** The earliest and latest day a range allows, given today (YYYY-MM-DD); none for 'any'. */
export function dayLimits(range: DayRange, now: string): { min?: string; max?: string } {
  if (range === 'up to today') return { min: yearsFrom(now, -YEARS_BACK), max: now };
  if (range === 'from today') return { min: now, max: yearsFrom(now, YEARS_AHEAD) };
  return {};
}

/** What is wrong with a whole date for a range, given today (YYYY-MM-DD), or undefined when it fits. */
export function dateRangeProblem(date: string, range: DayRange, now: string): string | undefined {
  const { min, max } = dayLimits(range, now);
  if (range === 'up to today' && date > now)
    return 'This date is after today: enter today or an earlier day. Nothing is saved until then.';
  if (range === 'from today' && date < now)
    return 'This date has passed: enter today or a later day. Nothing is saved until then.';
  if (min !== undefined && date < min)
    return `This date is more than ${YEARS_BACK} years ago: check the year. Nothing is saved until then.`;
  if (max !== undefined && date > max)
    return `This date is more than ${YEARS_AHEAD} years ahead: check the year. Nothing is saved until then.`;
  return undefined;
}

/**
 * A date input. `onChange` gets a YYYY-MM-DD date, or undefined when the box is emptied (unless `required`); a date
 * half typed, or outside `range`, is left as it is, with a message, and saves nothing. A date saved before the range
 * applied is shown as it is.
 */
export function DateInput(
  props: InputBase & {
    value: string | undefined;
    onChange: (value: string | undefined) => void;
    range?: DayRange | undefined;
  },
) {
  const range = props.range ?? 'any';
  // Today, for the browser's calendar, once the box runs in the learner's browser: a page built on one day and read
  // on another must not carry the day it was built (hydration does not correct attributes).
  const [now, setNow] = useState<string | undefined>(undefined);
  useEffect(() => setNow(today()), []);
  const [problem, setShownProblem] = useState<string | undefined>(undefined);
  const [cleared, setCleared] = useState(false);
  const setProblem = (next: string | undefined) => {
    setShownProblem(next);
    props.onProblem?.(next);
  };
  // A new saved value (another tab, an import, a finished date) ends any problem.
  useEffect(() => {
    setProblem(undefined);
    setCleared(false);
  }, [props.value]);
  return (
    <>
      <input
        id={props.id}
        type="date"
        // While the entry is unfinished, leave the box alone: the saved value must not overwrite what is typed.
        value={problem || cleared ? undefined : (props.value ?? '')}
        required={props.required}
        disabled={props.disabled}
        // The browser's own calendar greys out the days outside the range.
        min={now && dayLimits(range, now).min}
        max={now && dayLimits(range, now).max}
        aria-describedby={describedBy(props.describedBy, props.id, problem)}
        aria-invalid={problem ? true : undefined}
        // A date half typed into an empty box changes no value, so the browser sends no input event: check on leaving,
        // and on Enter, which sends the form without leaving the box.
        onBlur={(event) => {
          if (readDateInput(event.currentTarget as HTMLInputElement).kind === 'unfinished') setProblem(DATE_PROBLEM);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          if (readDateInput(event.currentTarget as HTMLInputElement).kind === 'unfinished') setProblem(DATE_PROBLEM);
        }}
        onInput={(event) => {
          const entry = readDateInput(event.currentTarget as HTMLInputElement);
          if (entry.kind === 'unfinished') return setProblem(DATE_PROBLEM);
          if (entry.kind === 'empty' && props.required) {
            setCleared(true);
            return setProblem('This date is needed. The last one saved is kept until you enter another.');
          }
          const outside = entry.kind === 'date' ? dateRangeProblem(entry.value, range, today()) : undefined;
          if (outside) return setProblem(outside);
          setProblem(undefined);
          setCleared(false);
          props.onChange(entry.kind === 'date' ? entry.value : undefined);
        }}
      />
      <InputProblem id={props.id} problem={problem} />
    </>
  );
}

/** What a number box accepts. */
export interface NumberRule {
  min: number;
  max: number;
  /** Whole numbers only. */
  integer?: boolean | undefined;
  /** How the number is counted, for the message: "conversations", "minutes". */
  unit?: string | undefined;
}

/** Read typed text as a number under a rule: the number, nothing (empty), or the message saying what is expected. */
export function readNumber(
  text: string,
  rule: NumberRule,
): { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'problem'; message: string } {
  const typed = typedNumber(text);
  if (typed.kind === 'empty') return typed;
  const expected = `${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}${rule.unit ? ` (${rule.unit})` : ''}`;
  if (typed.kind === 'thousands comma') return { kind: 'problem', message: THOUSANDS_COMMA };
  if (typed.kind === 'not a number') {
    return { kind: 'problem', message: `Enter ${expected}, in figures, such as ${rule.min === 0 ? 2 : rule.min}.` };
  }
  const value = typed.value;
  if (rule.integer && !Number.isInteger(value)) return { kind: 'problem', message: `Enter ${expected}.` };
  if (value < rule.min || value > rule.max) return { kind: 'problem', message: `Enter ${expected}.` };
  return { kind: 'number', value };
}

/**
 * A box for a number, kept as typed: `onChange` gets the number, or undefined when the box is emptied; anything
 * else stays in the box with a message saying what is expected, and saves nothing.
 */
export function NumberInput(
  props: InputBase & { value: number | undefined; onChange: (value: number | undefined) => void; rule: NumberRule },
) {
  const shown = (value: number | undefined) => (value === undefined ? '' : String(value));
  const [text, setText] = useState(shown(props.value));
  const [problem, setShownProblem] = useState<string | undefined>(undefined);
  const setProblem = (next: string | undefined) => {
    setShownProblem(next);
    props.onProblem?.(next);
  };
  // Follow the saved value when it changes from elsewhere (another tab, an import), not while the learner types.
  useEffect(() => {
    const read = readNumber(text, props.rule);
    const typed = read.kind === 'number' ? read.value : read.kind === 'empty' ? undefined : Number.NaN;
    if (typed !== props.value && !(problem && read.kind === 'problem')) {
      setText(shown(props.value));
      setProblem(undefined);
    }
  }, [props.value]);
  return (
    <>
      <input
        id={props.id}
        type="text"
        inputMode={props.rule.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={text}
        required={props.required}
        disabled={props.disabled}
        aria-describedby={describedBy(props.describedBy, props.id, problem)}
        aria-invalid={problem ? true : undefined}
        onInput={(event) => {
          const next = (event.currentTarget as HTMLInputElement).value;
          setText(next);
          const read = readNumber(next, props.rule);
          if (read.kind === 'problem') return setProblem(read.message);
          setProblem(undefined);
          props.onChange(read.kind === 'number' ? read.value : undefined);
        }}
      />
      <InputProblem id={props.id} problem={problem} />
    </>
  );
}
