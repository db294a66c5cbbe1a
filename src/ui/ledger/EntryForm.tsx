/** The form for one ledger entry: log a new exchange, or change one already logged. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DIRECTIONS, KINDS, REASONS, type LedgerEntry } from '~/lib/ledger/ledger';
import { DateInput, NumberInput } from '~/ui/ToolInputs';

export interface EntryFormProps {
  /** The entry being changed, or a fresh one to fill in. */
  entry: LedgerEntry;
  editing: boolean;
  /** Names from the network audit, offered as suggestions. */
  people: { id: string; alias: string }[];
  onSubmit: (entry: LedgerEntry) => void;
  onCancel: () => void;
  /** The learner is about to name someone: a chance to load the names to suggest. */
  onWantPeople?: (() => void) | undefined;
  /** The level of the form's heading, to fit the page: 2 on its own page, 3 in a lesson. */
  headingLevel?: 2 | 3;
}

const ENERGY = [
  { value: '-2', label: '−2: drained' },
  { value: '-1', label: '−1' },
  { value: '0', label: '0: no change' },
  { value: '1', label: '+1' },
  { value: '2', label: '+2: energised' },
];

/** The longest note an entry keeps (the ledger's record allows no more). */
const NOTE_LIMIT = 2000;

export function EntryForm({
  entry: initial,
  editing,
  people,
  onSubmit,
  onCancel,
  onWantPeople,
  headingLevel = 3,
}: EntryFormProps) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const [entry, setEntry] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  // Fields whose entry is not finished (a half-typed date, words in the minutes): the form is not sent while any is.
  // A ref, not state: a field reports its problem as it loses focus, in the same click that sends the form.
  const unfinished = useRef<Record<string, string>>({});
  useEffect(() => setEntry(initial), [initial]);
  const set = (change: Partial<LedgerEntry>) => setEntry((current) => ({ ...current, ...change }));
  const track = (field: string) => (fieldProblem: string | undefined) => {
    if (fieldProblem) unfinished.current[field] = fieldProblem;
    else delete unfinished.current[field];
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const [first] = Object.keys(unfinished.current);
    if (first) {
      setProblem(`Not added yet: ${unfinished.current[first]!.replace(/ Nothing is saved until then\.$/, '')}`);
      document.getElementById(first)?.focus();
      return;
    }
    // The problem is said at the top of the form, which may be off screen: focus goes to the box to fill in.
    if (entry.contact.trim() === '') {
      setProblem('Say who the exchange was with: a name or initials.');
      document.getElementById('ledger-contact')?.focus();
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) {
      setProblem('Give the date it happened.');
      document.getElementById('ledger-date')?.focus();
      return;
    }
    setProblem(null);
    const match = people.find((person) => person.alias.trim().toLowerCase() === entry.contact.trim().toLowerCase());
    onSubmit({
      ...entry,
      contact: entry.contact.trim(),
      contactId: match?.id,
      reason: entry.direction === 'gave' ? entry.reason : undefined,
    });
  };

  return (
    <form class="ledger-form" onSubmit={submit} noValidate aria-labelledby="ledger-form-title">
      <Heading id="ledger-form-title">{editing ? 'Change this entry' : 'Log an exchange'}</Heading>
      {problem && (
        <p class="field-problem" role="alert" id="ledger-form-problem">
          {problem}
        </p>
      )}
      <div class="form-grid">
        <div class="field">
          <label class="field-label" for="ledger-date">
            Date (required)
          </label>
          <DateInput
            id="ledger-date"
            required
            range="up to today"
            value={entry.date}
            onProblem={track('ledger-date')}
            onChange={(date) => set({ date: date ?? '' })}
          />
        </div>
        <div class="field">
          <label class="field-label" for="ledger-contact">
            With whom (required)
          </label>
          <p class="field-help" id="ledger-contact-help">
            A name or initials. People from your network audit are suggested as you type.
          </p>
          <input
            id="ledger-contact"
            type="text"
            list="ledger-people"
            maxLength={200}
            required
            autoComplete="off"
            aria-describedby={
              problem?.startsWith('Say who') ? 'ledger-contact-help ledger-form-problem' : 'ledger-contact-help'
            }
            value={entry.contact}
            onFocus={() => onWantPeople?.()}
            onInput={(e) => set({ contact: (e.currentTarget as HTMLInputElement).value })}
          />
          <datalist id="ledger-people">
            {people.map((person) => (
              <option key={person.id} value={person.alias} />
            ))}
          </datalist>
        </div>
      </div>
      <fieldset class="field field-choices">
        <legend class="field-label">What happened?</legend>
        <div class="choices choices-inline">
          {DIRECTIONS.map((direction) => (
            <label class="choice" key={direction.value}>
              <input
                type="radio"
                name="ledger-direction"
                checked={entry.direction === direction.value}
                onChange={() => set({ direction: direction.value })}
              />
              <span>{direction.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="form-grid">
        <div class="field">
          <label class="field-label" for="ledger-kind">
            What kind of help?
          </label>
          <select
            id="ledger-kind"
            value={entry.kind}
            onChange={(e) => set({ kind: (e.currentTarget as HTMLSelectElement).value as LedgerEntry['kind'] })}
          >
            {KINDS.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field-label" for="ledger-minutes">
            Minutes it took
          </label>
          <p class="field-help" id="ledger-minutes-help">
            Roughly. Leave empty if you do not know.
          </p>
          <NumberInput
            id="ledger-minutes"
            describedBy="ledger-minutes-help"
            value={entry.minutes}
            rule={{ min: 0, max: 1440, integer: true, unit: 'minutes' }}
            onProblem={track('ledger-minutes')}
            onChange={(minutes) => set({ minutes })}
          />
        </div>
      </div>
      <label class="choice">
        <input
          type="checkbox"
          checked={entry.fiveMinuteFavour}
          onChange={(e) => set({ fiveMinuteFavour: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>A five-minute favour: small for me, worth more to them</span>
      </label>
      {entry.direction === 'gave' && (
        <fieldset class="field field-choices">
          <legend class="field-label">Why did you give?</legend>
          <p class="field-help">
            Be honest: giving gladly tends to give energy back; giving from duty tends to drain it.
          </p>
          <div class="choices choices-inline">
            {REASONS.map((reason) => (
              <label class="choice" key={reason.value}>
                <input
                  type="radio"
                  name="ledger-reason"
                  checked={entry.reason === reason.value}
                  onChange={() => set({ reason: reason.value })}
                />
                <span>{reason.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div class="form-grid">
        <div class="field">
          <label class="field-label" for="ledger-energy">
            How did you feel afterwards?
          </label>
          <select
            id="ledger-energy"
            value={entry.energyAfter?.toString() ?? ''}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              set({ energyAfter: value === '' ? undefined : Number(value) });
            }}
          >
            <option value="">Not answered</option>
            {ENERGY.map((level) => (
              <option key={level.value} value={level.value}>
                {level.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field-label" for="ledger-follow-up">
            Follow up by
          </label>
          <p class="field-help" id="ledger-follow-up-help">
            Optional. Follow-ups due this week are listed here and on your workbook page.
          </p>
          <DateInput
            id="ledger-follow-up"
            describedBy="ledger-follow-up-help"
            value={entry.followUp}
            onProblem={track('ledger-follow-up')}
            onChange={(followUp) => set({ followUp, followedUp: false })}
          />
        </div>
      </div>
      <div class="field">
        <label class="field-label" for="ledger-note">
          Note
        </label>
        <p class="field-help" id="ledger-note-help">
          Optional, up to {NOTE_LIMIT.toLocaleString('en')} characters.
        </p>
        <textarea
          id="ledger-note"
          rows={2}
          maxLength={NOTE_LIMIT}
          aria-describedby="ledger-note-help ledger-note-count"
          value={entry.note ?? ''}
          onInput={(e) => set({ note: (e.currentTarget as HTMLTextAreaElement).value || undefined })}
        />
        {/* The box takes no more than the limit, so a longer paste is cut short: said, not silent. */}
        <p class="meta" id="ledger-note-count">
          {(entry.note?.length ?? 0) >= NOTE_LIMIT
            ? `The note is full: ${NOTE_LIMIT.toLocaleString('en')} characters. Anything past that was not kept.`
            : `${(NOTE_LIMIT - (entry.note?.length ?? 0)).toLocaleString('en')} characters left`}
        </p>
      </div>
      <p class="button-row">
        <button type="submit" class="button">
          {editing ? 'Save changes' : 'Add to my ledger'}
        </button>
        {editing && (
          <button type="button" class="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
