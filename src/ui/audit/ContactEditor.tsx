/**
 * Every question about one person in the audit, each with help. Only the alias is required; everything else can be
 * left for later. Presentational: changes go out through `onChange`.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DateInput, InputProblem, problemId } from '~/ui/ToolInputs';
import {
  ACCESS,
  ALLIANCES,
  FREQUENCY,
  HOW_MET,
  LEVELS,
  NETWORK_TYPES,
  POWER_LINES,
  SIDES,
  sameName,
  type Choice,
  type Contact,
} from '~/lib/network/audit';
import { QUESTION_LABELS as Q } from '~/lib/network/answers';

export interface ContactEditorProps {
  contact: Contact;
  others: Contact[];
  onChange: (change: Partial<Omit<Contact, 'id'>>) => void;
}

const SOMEONE_ELSE = '__someone-else__';

/**
 * The required name, kept as typed: emptied, it says so and keeps the saved name until a new one is typed, so a
 * person is never saved without a name.
 */
function AliasInput(props: {
  id: string;
  alias: string;
  /** Another person in the list with the same name, to point out (it is saved all the same). */
  sameAs: string | undefined;
  onChange: (alias: string) => void;
}) {
  const [draft, setDraft] = useState(props.alias);
  // Follow a name changed elsewhere (another tab), unless the learner is in the middle of replacing it.
  useEffect(() => {
    if (draft.trim() !== '') setDraft(props.alias);
  }, [props.alias]);
  const empty = draft.trim() === '';
  return (
    <>
      <input
        id={props.id}
        type="text"
        required
        maxLength={200}
        value={draft}
        aria-describedby={`${props.id}-help${empty ? ` ${problemId(props.id)}` : props.sameAs ? ` ${props.id}-same` : ''}`}
        aria-invalid={empty ? true : undefined}
        onInput={(event) => {
          const value = (event.currentTarget as HTMLInputElement).value;
          setDraft(value);
          if (value.trim() !== '') props.onChange(value);
        }}
      />
      <InputProblem
        id={props.id}
        problem={
          empty
            ? `Give this person a name or initials. Until you do, the name saved stays: ${props.alias.trim() || 'Unnamed'}.`
            : undefined
        }
      />
      {!empty && props.sameAs && (
        <p class="field-help" id={`${props.id}-same`} role="status">
          Someone else in your list is also called {props.sameAs}: add something to tell them apart in the map and the
          readings.
        </p>
      )}
    </>
  );
}

function Question(props: { id: string; label: string; help: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      <p class="field-help" id={`${props.id}-help`}>
        {props.help}
      </p>
      {props.children}
    </div>
  );
}

function Select(props: {
  id: string;
  value: string | undefined;
  choices: readonly Choice[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <select
      id={props.id}
      aria-describedby={`${props.id}-help`}
      value={props.value ?? ''}
      onChange={(event) => {
        const value = (event.currentTarget as HTMLSelectElement).value;
        props.onChange(value === '' ? undefined : value);
      }}
    >
      <option value="">Not answered</option>
      {props.choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

/**
 * Tick boxes with "None of these": nothing ticked is a blank (not answered), "None of these" is the answer "none".
 * Ticking a choice clears "None of these", and ticking "None of these" clears the choices.
 */
function Checkboxes<T extends string>(props: {
  id: string;
  legend: string;
  help: string;
  choices: readonly Choice<T>[];
  values: T[] | undefined;
  onChange: (values: T[] | undefined) => void;
}) {
  const values = props.values ?? [];
  return (
    <fieldset class="field field-choices" aria-describedby={`${props.id}-help`}>
      <legend class="field-label">{props.legend}</legend>
      <p class="field-help" id={`${props.id}-help`}>
        {props.help}
      </p>
      <div class="choices">
        {props.choices.map((choice) => (
          <label class="choice" key={choice.value}>
            <input
              type="checkbox"
              checked={values.includes(choice.value)}
              onChange={(event) => {
                const on = (event.currentTarget as HTMLInputElement).checked;
                const next = on ? [...values, choice.value] : values.filter((value) => value !== choice.value);
                const ordered = props.choices.map((c) => c.value).filter((value) => next.includes(value));
                props.onChange(ordered.length === 0 ? undefined : ordered);
              }}
            />
            <span>{choice.label}</span>
          </label>
        ))}
        <label class="choice">
          <input
            type="checkbox"
            checked={props.values !== undefined && props.values.length === 0}
            onChange={(event) => props.onChange((event.currentTarget as HTMLInputElement).checked ? [] : undefined)}
          />
          <span>None of these</span>
        </label>
      </div>
    </fieldset>
  );
}

const scale = (labels: [string, string, string, string, string], from: number): Choice[] =>
  labels.map((label, index) => ({ value: String(from + index), label }));
const CLOSENESS = scale(['1: an acquaintance', '2', '3: a good colleague', '4', '5: very close, I confide in them'], 1);
const ENERGY = scale(['−2: usually drains me', '−1', '0: neither', '+1', '+2: usually energises me'], -2);
const GIVE_GET = scale(['−2: I mostly take', '−1', '0: about even', '+1', '+2: I mostly give'], -2);
const toNumber = (value: string | undefined) => (value === undefined ? undefined : Number(value));

export function ContactEditor({ contact, others, onChange }: ContactEditorProps) {
  const id = (name: string) => `contact-${contact.id}-${name}`;
  const introducer = contact.introducedBy;
  const introducerIsContact = introducer === 'me' || others.some((other) => other.id === introducer);
  const introducedChoices: Choice[] = [
    { value: 'me', label: 'Nobody: I introduced myself' },
    ...others.map((other) => ({ value: other.id, label: other.alias || 'Unnamed' })),
    { value: SOMEONE_ELSE, label: 'Someone not on this list' },
  ];
  return (
    <div class="contact-editor">
      <p class="meta">
        Leave any question blank until you know: a blank is not counted in any measure, and each measure says how many
        people it rests on.
      </p>
      <Question
        id={id('alias')}
        label="Name, alias or initials (required)"
        help="Initials or an alias are enough. These are other people's details: they stay in this browser, but use a full name only if you are comfortable with that."
      >
        <AliasInput
          id={id('alias')}
          alias={contact.alias}
          sameAs={sameName(others, contact.alias, contact.id)?.alias.trim()}
          onChange={(alias) => onChange({ alias })}
        />
      </Question>
      <Question
        id={id('introduced')}
        label={Q.introducedBy}
        help={
          'Choose "Nobody" if you met them on your own. People who keep introducing you to others are your brokers.'
        }
      >
        <Select
          id={id('introduced')}
          value={introducer === undefined ? undefined : introducerIsContact ? introducer : SOMEONE_ELSE}
          choices={introducedChoices}
          onChange={(value) => onChange({ introducedBy: value === SOMEONE_ELSE ? '' : value })}
        />
      </Question>
      {introducer !== undefined && !introducerIsContact && (
        <Question
          id={id('introducer-name')}
          label="Their name or initials"
          help="The person who introduced you, if they are not on your list."
        >
          <input
            id={id('introducer-name')}
            type="text"
            maxLength={200}
            value={introducer}
            aria-describedby={`${id('introducer-name')}-help`}
            onInput={(event) => onChange({ introducedBy: (event.currentTarget as HTMLInputElement).value })}
          />
        </Question>
      )}
      <Question
        id={id('how-met')}
        label={Q.howMet}
        help="Shared activities, such as projects, committees and clubs, tend to bring people unlike you; meeting through your own team brings more of the same."
      >
        <Select
          id={id('how-met')}
          value={contact.howMet}
          choices={HOW_MET}
          onChange={(value) => onChange({ howMet: value as Contact['howMet'] })}
        />
      </Question>
      <Question id={id('side')} label={Q.side} help="If you work for yourself, count clients and partners as outside.">
        <Select
          id={id('side')}
          value={contact.side}
          choices={SIDES}
          onChange={(value) => onChange({ side: value as Contact['side'] })}
        />
      </Question>
      <Question
        id={id('field')}
        label={Q.field}
        help="In your own words, such as finance, nursing, logistics or software. Contacts in other fields bring news your own team lacks."
      >
        <input
          id={id('field')}
          type="text"
          maxLength={200}
          value={contact.field ?? ''}
          aria-describedby={`${id('field')}-help`}
          onInput={(event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            onChange({ field: value === '' ? undefined : value });
          }}
        />
      </Question>
      <Question
        id={id('level')}
        label={Q.level}
        help="Contacts more senior than you are linked with faster careers, mostly through information and sponsorship."
      >
        <Select
          id={id('level')}
          value={contact.level}
          choices={LEVELS}
          onChange={(value) => onChange({ level: value as Contact['level'] })}
        />
      </Question>
      <Question
        id={id('type')}
        label={Q.networkType}
        help="Operational: you need them to do today's work. Personal: they help you grow and see beyond your job. Strategic: they help you see what is coming and win support for it."
      >
        <Select
          id={id('type')}
          value={contact.networkType}
          choices={NETWORK_TYPES}
          onChange={(value) => onChange({ networkType: value as Contact['networkType'] })}
        />
      </Question>
      <Checkboxes
        id={id('alliances')}
        legend={Q.alliances}
        help="Tick any that fit. A sponsor is senior and backs you where you are not present; a peer ally is at about your level; a junior ally is newer or below you and helps you get more done."
        choices={ALLIANCES}
        values={contact.alliances}
        onChange={(alliances) => onChange({ alliances })}
      />
      <Checkboxes
        id={id('lines')}
        legend={Q.lines}
        help="Supply: resources your work needs. Information: what is really going on. Support: approval and backing for what you want to do."
        choices={POWER_LINES}
        values={contact.lines}
        onChange={(lines) => onChange({ lines })}
      />
      <Checkboxes
        id={id('access')}
        legend={Q.access}
        help="The four kinds of access the course's article names. Tick what this person actually tells you, not what they could."
        choices={ACCESS}
        values={contact.access}
        onChange={(access) => onChange({ access })}
      />
      <Question
        id={id('frequency')}
        label={Q.frequency}
        help="Any real exchange counts: a conversation, a call, a proper message. Likes do not."
      >
        <Select
          id={id('frequency')}
          value={contact.frequency}
          choices={FREQUENCY}
          onChange={(value) => onChange({ frequency: value as Contact['frequency'] })}
        />
      </Question>
      <Question
        id={id('closeness')}
        label={Q.closeness}
        help="Think of the time you spend together, how much you confide in each other, and the help you give each other."
      >
        <Select
          id={id('closeness')}
          value={contact.closeness?.toString()}
          choices={CLOSENESS}
          onChange={(value) => onChange({ closeness: toNumber(value) })}
        />
      </Question>
      <Question
        id={id('last')}
        label={Q.lastConversation}
        help="An approximate date is fine. Three years or more makes this a dormant tie, worth reviving (module 5)."
      >
        <DateInput
          id={id('last')}
          value={contact.lastConversation}
          range="up to today"
          describedBy={`${id('last')}-help`}
          onChange={(lastConversation) => onChange({ lastConversation })}
        />
      </Question>
      <Question
        id={id('energy')}
        label={Q.energy}
        help="Energy is a signal worth noticing, not a verdict on the person."
      >
        <Select
          id={id('energy')}
          value={contact.energy?.toString()}
          choices={ENERGY}
          onChange={(value) => onChange({ energy: toNumber(value) })}
        />
      </Question>
      <Question
        id={id('give-get')}
        label={Q.giveGet}
        help="Over the last few months, roughly. Module 4 is about giving first."
      >
        <Select
          id={id('give-get')}
          value={contact.giveGet?.toString()}
          choices={GIVE_GET}
          onChange={(value) => onChange({ giveGet: toNumber(value) })}
        />
      </Question>
    </div>
  );
}
