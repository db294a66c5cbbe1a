/**
 * The conversation planner: before (purpose, questions with a follow-up each, what I can offer) and after (what I
 * learned, the follow-ups I asked, what I promised). A promise goes into the give/get ledger with one click.
 * Placed in module 6 with <ConversationPlanner />.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { ConversationPlan } from '~/lib/conversations/planner';
import { dayInWords } from '~/lib/dates';
import { $planner, deletePlan, editPlan, promiseToLedger, restorePlan, startPlan } from '~/stores/conversations';
import { newEntryId } from '~/stores/ledger';
import { downloadWorkbookNow } from '~/islands/download';
import { useHydrated } from '~/islands/hydration';
import { useSaveState } from '~/islands/save-state';
import { StorageNotices } from '~/islands/StorageNotices';
import { SaveStatus } from '~/ui/SaveStatus';
import { DateInput } from '~/ui/ToolInputs';

function TextArea(props: {
  id: string;
  label: string;
  help: string;
  value: string | undefined;
  rows?: number;
  onInput: (value: string | undefined) => void;
}) {
  return (
    <div class="field">
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      <p class="field-help" id={`${props.id}-help`}>
        {props.help}
      </p>
      <textarea
        id={props.id}
        rows={props.rows ?? 3}
        maxLength={5000}
        aria-describedby={`${props.id}-help`}
        value={props.value ?? ''}
        onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value || undefined)}
      />
    </div>
  );
}

export default function ConversationPlannerIsland() {
  const ready = useHydrated();
  const state = useStore($planner);
  const [name, setName] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [removed, setRemoved] = useState<ConversationPlan | null>(null);
  const plans = ready ? (state.record?.plans ?? []) : [];
  const open = plans.find((plan) => plan.id === openId) ?? null;
  const { saveState, readOnly, track } = useSaveState(ready, state.problem);
  const edit = (change: (plan: ConversationPlan) => ConversationPlan) => open && track(editPlan(open.id, change));
  const id = (field: string) => `conv-${open?.id}-${field}`;

  return (
    <section class="planner worksheet" aria-labelledby="planner-title">
      <p class="eyebrow">Tool</p>
      <h2 id="planner-title">Conversation planner</h2>
      <p>
        Plan one real conversation: what you want from it, the questions you will ask, and what you can offer. Come back
        afterwards to note what you learned and what you promised.
      </p>
      {ready && <StorageNotices problem={state.problem} what="conversation planner" />}
      <fieldset class="audit-body" disabled={!ready || readOnly}>
        <legend class="visually-hidden">Conversation planner</legend>
        <form
          class="add-person"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() === '') return;
            const { id: planId, result } = startPlan(name.trim());
            track(result);
            setName('');
            setOpenId(planId);
          }}
        >
          <label class="field-label" for="planner-with">
            Plan a conversation with
          </label>
          <p class="field-help" id="planner-with-help">
            A name or initials: someone you want to learn from, reconnect with or help.
          </p>
          <div class="add-person-row">
            <input
              id="planner-with"
              type="text"
              maxLength={200}
              autoComplete="off"
              aria-describedby="planner-with-help"
              value={name}
              onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            />
            <button type="submit" class="button" disabled={name.trim() === ''}>
              Start planning
            </button>
          </div>
        </form>

        {removed && (
          <p class="undo" role="status">
            Plan for {removed.with} deleted.{' '}
            <button
              type="button"
              class="small-button"
              onClick={() => {
                track(restorePlan(removed));
                setRemoved(null);
              }}
            >
              Undo
            </button>
          </p>
        )}

        {plans.length > 0 && (
          <ul class="people-list">
            {plans.map((plan) => (
              <li key={plan.id} class="person">
                <div class="person-head">
                  <button
                    type="button"
                    class="person-toggle"
                    aria-expanded={plan.id === openId}
                    onClick={() => setOpenId(plan.id === openId ? null : plan.id)}
                  >
                    <span class="person-name">{plan.with}</span>
                    <span class="meta">
                      {plan.date ? dayInWords(plan.date) : 'no date yet'} · {plan.learned ? 'debriefed' : 'planned'}
                    </span>
                  </button>
                  <button
                    type="button"
                    class="small-button danger"
                    aria-label={`Delete the plan for ${plan.with}`}
                    onClick={() => {
                      const { result, plan: gone } = deletePlan(plan.id);
                      track(result);
                      setRemoved(gone ?? null);
                      if (openId === plan.id) setOpenId(null);
                    }}
                  >
                    Delete
                  </button>
                </div>
                {open && open.id === plan.id && (
                  <div class="person-body">
                    <h3>Before</h3>
                    <div class="field">
                      <label class="field-label" for={id('date')}>
                        When
                      </label>
                      <DateInput id={id('date')} value={open.date} onChange={(date) => edit((p) => ({ ...p, date }))} />
                    </div>
                    <TextArea
                      id={id('purpose')}
                      label="What do you want from this conversation?"
                      help="One or two sentences: to learn how their team works, to ask about a field, to offer help."
                      value={open.purpose}
                      onInput={(value) => edit((p) => ({ ...p, purpose: value }))}
                    />
                    <fieldset class="field group">
                      <legend class="field-label">Your questions, each with a follow-up ready</legend>
                      <p class="field-help">
                        Follow-up questions, which pick up what the other person has just said, are what make people
                        feel heard (module 6).
                      </p>
                      <ol class="group-rows">
                        {open.questions.map((question, index) => (
                          <li class="group-row" key={question.id}>
                            <div class="group-row-head">
                              <h4>Question {index + 1}</h4>
                              <button
                                type="button"
                                class="small-button danger"
                                aria-label={`Remove question ${index + 1}`}
                                onClick={() =>
                                  edit((p) => ({ ...p, questions: p.questions.filter((q) => q.id !== question.id) }))
                                }
                              >
                                Remove
                              </button>
                            </div>
                            <div class="field">
                              <label class="field-label" for={id(`q-${question.id}`)}>
                                Question
                              </label>
                              <input
                                id={id(`q-${question.id}`)}
                                type="text"
                                maxLength={1000}
                                value={question.question}
                                onInput={(e) =>
                                  edit((p) => ({
                                    ...p,
                                    questions: p.questions.map((q) =>
                                      q.id === question.id
                                        ? { ...q, question: (e.currentTarget as HTMLInputElement).value }
                                        : q,
                                    ),
                                  }))
                                }
                              />
                            </div>
                            <div class="field">
                              <label class="field-label" for={id(`f-${question.id}`)}>
                                Follow-up
                              </label>
                              <input
                                id={id(`f-${question.id}`)}
                                type="text"
                                maxLength={1000}
                                value={question.followUp}
                                onInput={(e) =>
                                  edit((p) => ({
                                    ...p,
                                    questions: p.questions.map((q) =>
                                      q.id === question.id
                                        ? { ...q, followUp: (e.currentTarget as HTMLInputElement).value }
                                        : q,
                                    ),
                                  }))
                                }
                              />
                            </div>
                          </li>
                        ))}
                      </ol>
                      <button
                        type="button"
                        class="button button-quiet"
                        disabled={open.questions.length >= 30}
                        onClick={() =>
                          edit((p) => ({
                            ...p,
                            questions: [...p.questions, { id: newEntryId(), question: '', followUp: '' }],
                          }))
                        }
                      >
                        Add a question
                      </button>
                    </fieldset>
                    <TextArea
                      id={id('offer')}
                      label="What can you offer them?"
                      help="Something small counts: a link, an introduction, a view from your side of the organisation."
                      value={open.offer}
                      onInput={(value) => edit((p) => ({ ...p, offer: value }))}
                    />

                    <h3>After</h3>
                    <TextArea
                      id={id('learned')}
                      label="What did you learn?"
                      help="Write it the same day, while you remember."
                      value={open.learned}
                      onInput={(value) => edit((p) => ({ ...p, learned: value }))}
                    />
                    <TextArea
                      id={id('asked')}
                      label="Which follow-up questions did you actually ask?"
                      help="Including ones you had not planned."
                      rows={2}
                      value={open.followUpsAsked}
                      onInput={(value) => edit((p) => ({ ...p, followUpsAsked: value }))}
                    />
                    <fieldset class="field group">
                      <legend class="field-label">What did you promise?</legend>
                      <p class="field-help">
                        Each promise can go into your give/get ledger, with its date as a follow-up, so you keep it.
                      </p>
                      <ol class="group-rows">
                        {open.promises.map((promise, index) => (
                          <li class="group-row" key={promise.id}>
                            <div class="field">
                              <label class="field-label" for={id(`p-${promise.id}`)}>
                                Promise {index + 1}
                              </label>
                              <input
                                id={id(`p-${promise.id}`)}
                                type="text"
                                maxLength={500}
                                value={promise.text}
                                onInput={(e) =>
                                  edit((p) => ({
                                    ...p,
                                    promises: p.promises.map((x) =>
                                      x.id === promise.id
                                        ? { ...x, text: (e.currentTarget as HTMLInputElement).value }
                                        : x,
                                    ),
                                  }))
                                }
                              />
                            </div>
                            <div class="field">
                              <label class="field-label" for={id(`d-${promise.id}`)}>
                                By when
                              </label>
                              <DateInput
                                id={id(`d-${promise.id}`)}
                                value={promise.due}
                                onChange={(due) =>
                                  edit((p) => ({
                                    ...p,
                                    promises: p.promises.map((x) => (x.id === promise.id ? { ...x, due } : x)),
                                  }))
                                }
                              />
                            </div>
                            {promise.ledgerEntryId ? (
                              <p class="meta">In your give/get ledger.</p>
                            ) : (
                              <button
                                type="button"
                                class="small-button"
                                disabled={promise.text.trim() === ''}
                                onClick={() => track(promiseToLedger(open.id, promise.id))}
                              >
                                Add to my give/get ledger
                              </button>
                            )}
                          </li>
                        ))}
                      </ol>
                      <button
                        type="button"
                        class="button button-quiet"
                        disabled={open.promises.length >= 30}
                        onClick={() =>
                          edit((p) => ({ ...p, promises: [...p.promises, { id: newEntryId(), text: '' }] }))
                        }
                      >
                        Add a promise
                      </button>
                    </fieldset>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <SaveStatus state={saveState} onDownload={() => void downloadWorkbookNow()} />
    </section>
  );
}
