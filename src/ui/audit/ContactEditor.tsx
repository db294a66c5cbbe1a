/**
 * Every question about one person in the audit, each with help. Only the alias is required; everything else can be
 * left for later. Presentational: changes go out through `onChange`.
 */
import type { ComponentChildren } from 'preact';
import {
  ACCESS,
  ALLIANCES,
  FREQUENCY,
  HOW_MET,
  LEVELS,
  NETWORK_TYPES,
  POWER_LINES,
  SIDES,
  type Choice,
  type Contact,
} from '~/lib/network/audit';

export interface ContactEditorProps {
  contact: Contact;
  others: Contact[];
  onChange: (change: Partial<Omit<Contact, 'id'>>) => void;
}

const SOMEONE_ELSE = '__someone-else__';

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

function Checkboxes<T extends string>(props: {
  id: string;
  legend: string;
  help: string;
  choices: readonly Choice<T>[];
  values: T[];
  onChange: (values: T[]) => void;
}) {
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
              checked={props.values.includes(choice.value)}
              onChange={(event) => {
                const on = (event.currentTarget as HTMLInputElement).checked;
                const next = on
                  ? [...props.values, choice.value]
                  : props.values.filter((value) => value !== choice.value);
                props.onChange(props.choices.map((c) => c.value).filter((value) => next.includes(value)));
              }}
            />
            <span>{choice.label}</span>
          </label>
        ))}
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
      <Question
        id={id('alias')}
        label="Name, alias or initials (required)"
        help="Initials or an alias are enough. These are other people's details: they stay in this browser, but use a full name only if you are comfortable with that."
      >
        <input
          id={id('alias')}
          type="text"
          required
          maxLength={200}
          value={contact.alias}
          aria-describedby={`${id('alias')}-help`}
          aria-invalid={contact.alias.trim() === '' ? true : undefined}
          onInput={(event) => onChange({ alias: (event.currentTarget as HTMLInputElement).value })}
        />
        {contact.alias.trim() === '' && <p class="field-problem">Give this person a name or initials.</p>}
      </Question>
      <Question
        id={id('introduced')}
        label="Who introduced you?"
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
        label="How did you meet?"
        help="Shared activities, such as projects, committees and clubs, tend to bring people unlike you; meeting through your own team brings more of the same."
      >
        <Select
          id={id('how-met')}
          value={contact.howMet}
          choices={HOW_MET}
          onChange={(value) => onChange({ howMet: value as Contact['howMet'] })}
        />
      </Question>
      <Question
        id={id('side')}
        label="Inside or outside your organisation?"
        help="If you work for yourself, count clients and partners as outside."
      >
        <Select
          id={id('side')}
          value={contact.side}
          choices={SIDES}
          onChange={(value) => onChange({ side: value as Contact['side'] })}
        />
      </Question>
      <Question
        id={id('field')}
        label="Their function or field"
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
        label="Their level, compared with yours"
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
        label="What kind of contact are they for you?"
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
        legend="Are they an ally? Tick any that fit"
        help="A sponsor is senior and backs you where you are not present; a peer ally is at about your level; a junior ally is newer or below you and helps you get more done."
        choices={ALLIANCES}
        values={contact.alliances}
        onChange={(alliances) => onChange({ alliances })}
      />
      <Checkboxes
        id={id('lines')}
        legend="Which lines of power run through them?"
        help="Supply: resources your work needs. Information: what is really going on. Support: approval and backing for what you want to do."
        choices={POWER_LINES}
        values={contact.lines}
        onChange={(lines) => onChange({ lines })}
      />
      <Checkboxes
        id={id('access')}
        legend="What do you hear from them?"
        help="The four kinds of access the course's article names. Tick what this person actually tells you, not what they could."
        choices={ACCESS}
        values={contact.access}
        onChange={(access) => onChange({ access })}
      />
      <Question
        id={id('frequency')}
        label="How often are you in touch?"
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
        label="How close are you?"
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
        label="When was your last real conversation?"
        help="An approximate date is fine. Three years or more makes this a dormant tie, worth reviving (module 5)."
      >
        <input
          id={id('last')}
          type="date"
          value={contact.lastConversation ?? ''}
          aria-describedby={`${id('last')}-help`}
          onInput={(event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            onChange({ lastConversation: value === '' ? undefined : value });
          }}
        />
      </Question>
      <Question
        id={id('energy')}
        label="How do you usually feel after time with them?"
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
        label="Between you, who gives and who gets?"
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
