/**
 * Who knows whom, one person at a time ("Whom among these does Sam know?"), so it stays quick on a phone: each other
 * person is one row of three choices. A pair starts unanswered (no choice made) and counts in no measure until it is
 * answered; "Nobody else" answers the rest of a person's pairs "No" in one go.
 */
import { pairKey, type Contact, type Pair, type Tie } from '~/lib/network/audit';
import { answeredPairsByPerson, pairAnswers, pairCounts } from '~/lib/network/answers';

export interface WhoKnowsWhomProps {
  contacts: Contact[];
  ties: Tie[];
  apart: Pair[];
  currentId: string | null;
  onCurrent: (id: string) => void;
  onSet: (a: string, b: string, strength: 0 | 1 | 2) => void;
  onNobodyElse: (id: string) => void;
  /** Heading level of the question: one below the section's. */
  headingLevel: 3 | 4;
}

const levels = [
  { value: 0, label: 'No' },
  { value: 1, label: 'Yes' },
  { value: 2, label: 'Well' },
] as const;

export function WhoKnowsWhom(props: WhoKnowsWhomProps) {
  const { contacts, currentId, onCurrent, onSet } = props;
  if (contacts.length < 2) return <p class="meta">Add at least two people to say who knows whom.</p>;
  const network = { contacts, ties: props.ties, apart: props.apart };
  const index = Math.max(
    0,
    contacts.findIndex((contact) => contact.id === currentId),
  );
  const current = contacts[index]!;
  const others = contacts.filter((contact) => contact.id !== current.id);
  const name = current.alias || 'this person';
  const all = pairCounts(network);
  const answers = pairAnswers(network);
  const answeredBy = answeredPairsByPerson(network);
  const mine = { answered: answeredBy.get(current.id) ?? 0, of: contacts.length - 1 };
  const open = mine.of - mine.answered;
  const H = `h${props.headingLevel}` as 'h3' | 'h4';
  const nextOpen = [...contacts.slice(index + 1), ...contacts.slice(0, index)].find(
    (contact) => (answeredBy.get(contact.id) ?? 0) < contacts.length - 1,
  );
  return (
    <div class="who-knows-whom">
      <p class="wkw-progress" role="status">
        {all.answered} of {all.total} {all.total === 1 ? 'pair' : 'pairs'} answered
        {all.open > 0 ? `, ${all.open} still open. Only answered pairs count in the measures.` : '. All answered.'}
      </p>
      <div class="wkw-nav">
        <div class="field">
          <label class="field-label" for="wkw-person">
            Person
          </label>
          <select
            id="wkw-person"
            value={current.id}
            onChange={(event) => onCurrent((event.currentTarget as HTMLSelectElement).value)}
          >
            {contacts.map((contact) => {
              const left = contacts.length - 1 - (answeredBy.get(contact.id) ?? 0);
              return (
                <option key={contact.id} value={contact.id}>
                  {contact.alias || 'Unnamed'}
                  {left > 0 ? ` (${left} open)` : ' (done)'}
                </option>
              );
            })}
          </select>
        </div>
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
      <H id="wkw-question">Whom among these does {name} know?</H>
      <p class="field-help">
        "Yes" if they could talk to each other without you; "well" if they are close. Each pair is asked once: your
        answer shows under both people. A pair you have not answered is left out of the measures, not counted as "no".
      </p>
      <p class="meta" id="wkw-person-progress">
        {name}: {mine.answered} of {mine.of} answered{open > 0 ? `, ${open} open` : ''}.
      </p>
      <ul class="wkw-list" aria-labelledby="wkw-question">
        {others.map((other) => {
          const answer = answers.get(pairKey(current.id, other.id));
          return (
            <li key={other.id}>
              <fieldset class={answer === undefined ? 'wkw-row wkw-open' : 'wkw-row'}>
                <legend>
                  <span class="learner-name">{name}</span> and{' '}
                  <span class="learner-name">{other.alias || 'Unnamed'}</span>
                  {answer === undefined && <span class="wkw-open-mark"> (not answered)</span>}
                </legend>
                <div class="segmented">
                  {levels.map((level) => (
                    <label key={level.value}>
                      <input
                        type="radio"
                        name={`knows-${current.id}-${other.id}`}
                        checked={answer === level.value}
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
      <div class="button-row">
        {open > 0 && (
          <button type="button" class="button button-quiet" onClick={() => props.onNobodyElse(current.id)}>
            Answer "No" for the {open} open {open === 1 ? 'pair' : 'pairs'}: <span class="learner-name">{name}</span>{' '}
            knows nobody else here
          </button>
        )}
        {nextOpen && (
          <button type="button" class="button button-quiet" onClick={() => onCurrent(nextOpen.id)}>
            Next with pairs open: <span class="learner-name">{nextOpen.alias || 'Unnamed'}</span>
          </button>
        )}
      </div>
    </div>
  );
}
