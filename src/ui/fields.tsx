/**
 * One presentational component per worksheet field type. Each takes the field's definition, its answer and a
 * callback, and renders accessible markup: a label or legend, help text tied with aria-describedby, the required
 * mark, and any problem tied with aria-invalid. No state is kept here beyond what typing needs.
 */
import { useEffect, useState } from 'preact/hooks';
import { Fragment, type ComponentChildren } from 'preact';
import { THOUSANDS_COMMA, typedNumber } from '~/lib/typed-number';
import { answerProblem, type Answer, type SimpleAnswer, type SimpleField } from '~/lib/workbook/answers';

/** What every field component receives. */
export interface FieldProps<F extends SimpleField = SimpleField> {
  field: F;
  value: SimpleAnswer | undefined;
  onChange: (value: SimpleAnswer | undefined) => void;
  /** A page-unique id for the field's input (or fieldset). */
  inputId: string;
  problem?: string | undefined;
  disabled?: boolean | undefined;
}

type FieldOf<T extends SimpleField['type']> = Extract<SimpleField, { type: T }>;

/** The ids of a field's help and problem texts, for aria-describedby. */
function describedBy(inputId: string, problem: string | undefined): string {
  return problem ? `${inputId}-help ${inputId}-problem` : `${inputId}-help`;
}

function RequiredMark({ required }: { required: boolean }) {
  return required ? <span class="required-mark"> (required)</span> : null;
}

function HelpAndProblem({ inputId, help, problem }: { inputId: string; help: string; problem?: string | undefined }) {
  return (
    <>
      <p class="field-help" id={`${inputId}-help`}>
        {help}
      </p>
      {problem && (
        <p class="field-problem" id={`${inputId}-problem`}>
          {problem}
        </p>
      )}
    </>
  );
}

/** A labelled single control (text, number, date). */
function LabelledField(props: {
  inputId: string;
  field: SimpleField;
  problem?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class="field" data-field={props.field.id}>
      <label class="field-label" for={props.inputId}>
        {props.field.label}
        <RequiredMark required={props.field.required} />
      </label>
      <HelpAndProblem inputId={props.inputId} help={props.field.help} problem={props.problem} />
      {props.children}
    </div>
  );
}

/** A group of choices under a legend (radios, checkboxes, scales). */
function ChoiceFieldset(props: {
  inputId: string;
  field: SimpleField;
  problem?: string | undefined;
  children: ComponentChildren;
  disabled?: boolean | undefined;
}) {
  return (
    <fieldset
      class="field field-choices"
      id={props.inputId}
      data-field={props.field.id}
      aria-describedby={describedBy(props.inputId, props.problem)}
      aria-invalid={props.problem ? true : undefined}
      disabled={props.disabled}
    >
      <legend class="field-label">
        {props.field.label}
        <RequiredMark required={props.field.required} />
      </legend>
      <p class="field-help" id={`${props.inputId}-help`}>
        {props.field.help}
      </p>
      {props.problem && (
        <p class="field-problem" id={`${props.inputId}-problem`}>
          {props.problem}
        </p>
      )}
      {props.children}
    </fieldset>
  );
}

function TextField({
  field,
  value,
  onChange,
  inputId,
  problem,
  disabled,
}: FieldProps<FieldOf<'short-text' | 'long-text'>>) {
  const common = {
    id: inputId,
    value: typeof value === 'string' ? value : '',
    required: field.required,
    'aria-describedby': describedBy(inputId, problem),
    'aria-invalid': problem ? true : undefined,
    disabled,
    onInput: (event: Event) => {
      const text = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      onChange(text === '' ? undefined : text);
    },
  };
  return (
    <LabelledField inputId={inputId} field={field} problem={problem}>
      {field.type === 'long-text' ? (
        <textarea {...common} rows={4} maxLength={field.maxLength} />
      ) : (
        <input {...common} type="text" maxLength={field.maxLength} autoComplete="off" />
      )}
    </LabelledField>
  );
}

/** Why typed text is not yet an answer to a number question, or undefined when it is one (or empty). */
function numberProblem(field: FieldOf<'number'>, text: string): string | undefined {
  const typed = typedNumber(text);
  if (typed.kind === 'empty') return undefined;
  const problem =
    typed.kind === 'number'
      ? answerProblem(field, typed.value)
      : typed.kind === 'thousands comma'
        ? THOUSANDS_COMMA
        : 'Enter a number in figures, such as 3 or 2.5.';
  return problem && `${problem} Not saved until then.`;
}

function NumberField({ field, value, onChange, inputId, problem, disabled }: FieldProps<FieldOf<'number'>>) {
  // Keep what is typed, even half a number ("-", "1."), and save only what parses.
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  // Follow the stored value when it changes from elsewhere (another tab, an import), not while typing.
  useEffect(() => {
    const read = typedNumber(text);
    const typed = read.kind === 'number' ? read.value : undefined;
    const stored = typeof value === 'number' ? value : undefined;
    if (typed !== stored) setText(stored === undefined ? '' : String(stored));
  }, [value]);
  // What is typed is saved only once it is a number the question accepts; until then it stays in the box, says what
  // it needs, and the answer saved before is kept (it is what prints, exports and goes to a coach).
  const typedProblem = numberProblem(field, text);
  const shown = typedProblem ?? problem;
  return (
    <LabelledField inputId={inputId} field={field} problem={shown}>
      <span class="number-input">
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          value={text}
          required={field.required}
          aria-describedby={describedBy(inputId, shown)}
          aria-invalid={shown ? true : undefined}
          disabled={disabled}
          onInput={(event) => {
            const next = (event.currentTarget as HTMLInputElement).value;
            setText(next);
            const typed = typedNumber(next);
            if (typed.kind === 'empty') onChange(undefined);
            else if (typed.kind === 'number' && !numberProblem(field, next)) onChange(typed.value);
          }}
        />
        {field.unit && <span class="unit">{field.unit}</span>}
      </span>
    </LabelledField>
  );
}

function DateField({ field, value, onChange, inputId, problem, disabled }: FieldProps<FieldOf<'date'>>) {
  return (
    <LabelledField inputId={inputId} field={field} problem={problem}>
      <input
        id={inputId}
        type="date"
        value={typeof value === 'string' ? value : ''}
        required={field.required}
        aria-describedby={describedBy(inputId, problem)}
        aria-invalid={problem ? true : undefined}
        disabled={disabled}
        onInput={(event) => {
          const next = (event.currentTarget as HTMLInputElement).value;
          onChange(next === '' ? undefined : next);
        }}
      />
    </LabelledField>
  );
}

function ScaleField({ field, value, onChange, inputId, problem, disabled }: FieldProps<FieldOf<'scale'>>) {
  const points = Array.from({ length: field.max - field.min + 1 }, (_, i) => field.min + i);
  return (
    <ChoiceFieldset inputId={inputId} field={field} problem={problem} disabled={disabled}>
      <div class="scale">
        <span class="scale-end" aria-hidden="true">
          {field.minLabel}
        </span>
        <div class="scale-points">
          {points.map((point) => (
            <label class="scale-point" key={point}>
              <input
                type="radio"
                name={inputId}
                value={point}
                checked={value === point}
                required={field.required}
                onChange={() => onChange(point)}
              />
              <span>
                {point}
                {point === field.min && <span class="visually-hidden">: {field.minLabel}</span>}
                {point === field.max && <span class="visually-hidden">: {field.maxLabel}</span>}
              </span>
            </label>
          ))}
        </div>
        <span class="scale-end" aria-hidden="true">
          {field.maxLabel}
        </span>
      </div>
      {typeof value === 'number' && (
        <button type="button" class="link-button" onClick={() => onChange(undefined)}>
          Clear this answer
        </button>
      )}
    </ChoiceFieldset>
  );
}

function SingleChoiceField({
  field,
  value,
  onChange,
  inputId,
  problem,
  disabled,
}: FieldProps<FieldOf<'single-choice'>>) {
  return (
    <ChoiceFieldset inputId={inputId} field={field} problem={problem} disabled={disabled}>
      <div class="choices">
        {field.options.map((option) => (
          <label class="choice" key={option.value}>
            <input
              type="radio"
              name={inputId}
              value={option.value}
              checked={value === option.value}
              required={field.required}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {typeof value === 'string' && (
        <button type="button" class="link-button" onClick={() => onChange(undefined)}>
          Clear this answer
        </button>
      )}
    </ChoiceFieldset>
  );
}

function ManyChoicesField({
  field,
  value,
  onChange,
  inputId,
  problem,
  disabled,
}: FieldProps<FieldOf<'multiple-choice' | 'checklist'>>) {
  const chosen = Array.isArray(value) ? value : [];
  const exclusive = new Set(field.options.filter((option) => option.exclusive).map((option) => option.value));
  const toggle = (optionValue: string, on: boolean) => {
    // A "none of these" choice (exclusive) and the others never stand together: ticking one clears the other kind.
    const keep = chosen.filter((v) => v !== optionValue && exclusive.has(v) === exclusive.has(optionValue));
    const next = on
      ? [...(exclusive.has(optionValue) ? [] : keep), optionValue]
      : chosen.filter((v) => v !== optionValue);
    // Keep the definition's order, whatever order the boxes were ticked in.
    const ordered = field.options.map((option) => option.value).filter((v) => next.includes(v));
    onChange(ordered.length === 0 ? undefined : ordered);
  };
  return (
    <ChoiceFieldset inputId={inputId} field={field} problem={problem} disabled={disabled}>
      <div class={field.type === 'checklist' ? 'choices checklist' : 'choices'}>
        {field.options.map((option) => (
          <Fragment key={option.value}>
            {/* "or" before a "none of these" choice, as GOV.UK's checkboxes do: it says the choice stands alone. */}
            {option.exclusive && <p class="choice-or">or</p>}
            <label class="choice">
              <input
                type="checkbox"
                value={option.value}
                checked={chosen.includes(option.value)}
                onChange={(event) => toggle(option.value, (event.currentTarget as HTMLInputElement).checked)}
              />
              <span>{option.label}</span>
            </label>
          </Fragment>
        ))}
      </div>
      {field.type === 'checklist' && (
        <p class="meta">
          {chosen.filter((v) => field.options.some((o) => o.value === v)).length} of {field.options.length} done
        </p>
      )}
    </ChoiceFieldset>
  );
}

/** The control for any field that is not a group. */
export function SimpleFieldControl(props: FieldProps) {
  const { field } = props;
  switch (field.type) {
    case 'short-text':
    case 'long-text':
      return <TextField {...(props as FieldProps<typeof field>)} />;
    case 'number':
      return <NumberField {...(props as FieldProps<typeof field>)} />;
    case 'date':
      return <DateField {...(props as FieldProps<typeof field>)} />;
    case 'scale':
      return <ScaleField {...(props as FieldProps<typeof field>)} />;
    case 'single-choice':
      return <SingleChoiceField {...(props as FieldProps<typeof field>)} />;
    case 'multiple-choice':
    case 'checklist':
      return <ManyChoicesField {...(props as FieldProps<typeof field>)} />;
  }
}

/** Narrow an answer to a simple one (a group's rows are not). */
export function simpleAnswer(answer: Answer | undefined): SimpleAnswer | undefined {
  if (Array.isArray(answer) && answer.some((item) => typeof item === 'object')) return undefined;
  return answer as SimpleAnswer | undefined;
}
