/**
 * Who knows whom, one person at a time ("Whom among these does Sam know?"), so it stays quick on a phone: each other
 * person is one row of three choices.
 */
import { tieBetween, type Contact, type Tie } from '~/lib/network/audit';

export interface WhoKnowsWhomProps {
  contacts: Contact[];
  ties: Tie[];
  currentId: string | null;
  onCurrent: (id: string) => void;
  onSet: (a: string, b: string, strength: 0 | 1 | 2) => void;
}

const levels = [
  { value: 0, label: 'No' },
  { value: 1, label: 'Yes' },
  { value: 2, label: 'Well' },
] as const;

export function WhoKnowsWhom({ contacts, ties, currentId, onCurrent, onSet }: WhoKnowsWhomProps) {
  if (contacts.length < 2) return <p class="meta">Add at least two people to say who knows whom.</p>;
  const index = Math.max(
    0,
    contacts.findIndex((contact) => contact.id === currentId),
  );
  const current = contacts[index]!;
  const others = contacts.filter((contact) => contact.id !== current.id);
  const name = current.alias || 'this person';
  return (
    <div class="who-knows-whom">
      <div class="wkw-nav">
        <label class="field-label" for="wkw-person">
          Person
        </label>
        <select
          id="wkw-person"
          value={current.id}
          onChange={(event) => onCurrent((event.currentTarget as HTMLSelectElement).value)}
        >
          {contacts.map((contact, i) => (
            <option key={contact.id} value={contact.id}>
              {i + 1}. {contact.alias || 'Unnamed'}
            </option>
          ))}
        </select>
        <div class="button-row">
          <button
            type="button"
            class="small-button"
            disabled={index === 0}
            onClick={() => onCurrent(contacts[index - 1]!.id)}
          >
            Previous person
          </button>
          <button
            type="button"
            class="small-button"
            disabled={index === contacts.length - 1}
            onClick={() => onCurrent(contacts[index + 1]!.id)}
          >
            Next person
          </button>
        </div>
      </div>
      <h3 id="wkw-question">Whom among these does {name} know?</h3>
      <p class="field-help">
        "Yes" if they could talk to each other without you; "well" if they are close. Each pair is asked once: your
        answer shows under both people.
      </p>
      <ul class="wkw-list" aria-labelledby="wkw-question">
        {others.map((other) => {
          const strength = tieBetween(ties, current.id, other.id);
          return (
            <li key={other.id}>
              <fieldset class="wkw-row">
                <legend>
                  {name} and {other.alias || 'Unnamed'}
                </legend>
                <div class="segmented">
                  {levels.map((level) => (
                    <label key={level.value}>
                      <input
                        type="radio"
                        name={`knows-${current.id}-${other.id}`}
                        checked={strength === level.value}
                        onChange={() => onSet(current.id, other.id, level.value)}
                      />
                      <span>{level.label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {index < contacts.length - 1 && (
        <button type="button" class="button button-quiet" onClick={() => onCurrent(contacts[index + 1]!.id)}>
          Next: {contacts[index + 1]!.alias || 'Unnamed'}
        </button>
      )}
    </div>
  );
}
