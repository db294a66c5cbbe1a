/** The people in the audit: add by name, open one to answer questions about them, remove with undo. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  MAX_CONTACTS,
  SUGGESTED_MAX,
  SUGGESTED_MIN,
  NETWORK_TYPES,
  labelOf,
  sameName,
  type Contact,
} from '~/lib/network/audit';
import { PERSON_QUESTIONS, answeredCount } from '~/lib/network/answers';
import type { ContactEditor } from '~/ui/audit/ContactEditor';

export interface PeopleSectionProps {
  /** The editor for one person; undefined while it is still loading. */
  Editor: typeof ContactEditor | undefined;
  contacts: Contact[];
  openId: string | null;
  onOpen: (id: string | null) => void;
  onAdd: (alias: string) => string | undefined;
  onChange: (id: string, change: Partial<Omit<Contact, 'id'>>) => void;
  onRemove: (id: string) => void;
  removed: { alias: string } | null;
  onUndo: () => void;
}

export function PeopleSection(props: PeopleSectionProps) {
  const [alias, setAlias] = useState('');
  // What the last press of Add found wrong: no name, or a name already in the list (a second press adds it anyway).
  const [problem, setProblem] = useState<{ kind: 'empty' | 'same'; message: string } | null>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const full = props.contacts.length >= MAX_CONTACTS;

  useLayoutEffect(() => {
    if (!focusAfter) return;
    document.getElementById(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter, props.contacts, props.openId]);

  const add = (event: Event) => {
    event.preventDefault();
    if (full) return;
    const name = alias.trim();
    if (name === '') return setProblem({ kind: 'empty', message: 'Type a name, an alias or initials first.' });
    const same = sameName(props.contacts, name);
    if (same && problem?.kind !== 'same') {
      return setProblem({
        kind: 'same',
        message: `${same.alias.trim()} is already in your list. If this is someone else, tell them apart (for example “${name} 2” or a surname’s initial); to add a second ${name} as it is, press Add again.`,
      });
    }
    setProblem(null);
    const id = props.onAdd(alias);
    setAlias('');
    if (id) setFocusAfter('new-person');
  };

  return (
    <div class="people">
      <form class="add-person" onSubmit={add}>
        <label class="field-label" for="new-person">
          Add a person
        </label>
        <p class="field-help" id="new-person-help">
          Someone you rely on at work or for your career: an alias or initials is enough. Aim for {SUGGESTED_MIN} to{' '}
          {SUGGESTED_MAX} people; the audit holds up to {MAX_CONTACTS}.
        </p>
        <div class="add-person-row">
          <input
            id="new-person"
            type="text"
            maxLength={200}
            value={alias}
            disabled={full}
            aria-describedby={problem ? 'new-person-help new-person-problem' : 'new-person-help'}
            aria-invalid={problem?.kind === 'empty' ? true : undefined}
            autoComplete="off"
            onInput={(event) => {
              setAlias((event.currentTarget as HTMLInputElement).value);
              setProblem(null);
            }}
          />
          <button type="submit" class="button" disabled={full}>
            Add
          </button>
        </div>
        {/* As src/ui/ToolInputs.tsx's InputProblem draws it; that module is not loaded with the page's first view. */}
        {problem && (
          <p class="field-problem" id="new-person-problem" role="alert">
            {problem.message}
          </p>
        )}
        {full && <p class="field-problem">The audit holds {MAX_CONTACTS} people, which is far more than it needs.</p>}
      </form>

      {props.removed && (
        <p class="undo" role="status">
          {props.removed.alias} removed.{' '}
          <button type="button" class="small-button" id="undo-remove" onClick={props.onUndo}>
            Undo
          </button>
        </p>
      )}

      <p class="meta">
        {props.contacts.length === 0
          ? 'Nobody added yet.'
          : `${props.contacts.length} ${props.contacts.length === 1 ? 'person' : 'people'}. Open someone to answer the questions about them; only the name is required.`}
      </p>
      <ol class="people-list" ref={list}>
        {props.contacts.map((contact) => {
          const open = props.openId === contact.id;
          const answered = answeredCount(contact);
          return (
            <li key={contact.id} class={open ? 'person person-open' : 'person'}>
              <div class="person-head">
                <button
                  type="button"
                  class="person-toggle"
                  id={`toggle-${contact.id}`}
                  aria-expanded={open}
                  aria-controls={`person-${contact.id}`}
                  onClick={() => props.onOpen(open ? null : contact.id)}
                >
                  <span class="person-name">{contact.alias || 'Unnamed'}</span>
                  <span class="meta">
                    {contact.networkType ? labelOf(NETWORK_TYPES, contact.networkType).split(':')[0] : 'kind not given'}{' '}
                    · {answered} of {PERSON_QUESTIONS.length} answered
                  </span>
                </button>
                <button
                  type="button"
                  class="small-button danger"
                  aria-label={`Remove ${contact.alias || 'this person'}`}
                  onClick={() => {
                    props.onRemove(contact.id);
                    setFocusAfter('undo-remove');
                  }}
                >
                  Remove
                </button>
              </div>
              {open && (
                <div id={`person-${contact.id}`} class="person-body">
                  {props.Editor ? (
                    <props.Editor
                      contact={contact}
                      others={props.contacts.filter((other) => other.id !== contact.id)}
                      onChange={(change) => props.onChange(contact.id, change)}
                    />
                  ) : (
                    <p class="meta">Loading the questions…</p>
                  )}
                  <button
                    type="button"
                    class="button button-quiet"
                    onClick={() => {
                      props.onOpen(null);
                      setFocusAfter(`toggle-${contact.id}`);
                    }}
                  >
                    Done with <span class="learner-name">{contact.alias || 'this person'}</span>
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
