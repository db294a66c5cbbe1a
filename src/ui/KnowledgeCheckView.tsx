/**
 * A knowledge check: each question is a group of radio buttons (arrow keys move between options) and a "Check answer"
 * button. Choosing an option only selects it; checking it saves it and shows whether it is right and why, and then the
 * learner can read why every option is or is not right. Checking is a separate step so that moving through the options
 * with the arrow keys (which selects each one) never counts as an answer.
 *
 * The score counts each question's first checked answer (src/lib/checks/score.ts): the learner can choose another
 * option and check it, or try the question again, and learn from it without the score changing; the check says so
 * under the question. One status line announces the verdict of an answer checked now; answers loaded from storage are
 * shown, not read out. "Try again" puts focus back on the question's first option.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkScore, scoreSentence } from '~/lib/checks/score';
import type { KnowledgeCheckDefinition } from '~/schema';

type Question = KnowledgeCheckDefinition['questions'][number];

export interface KnowledgeCheckViewProps {
  checkId: string;
  check: KnowledgeCheckDefinition;
  /** Checked option index by question id. */
  chosen: Record<string, number>;
  /** The option checked the first time, by question id; null when it was answered before first tries were kept. */
  firstTry: Record<string, number | null>;
  ready: boolean;
  /** Save `optionIndex` as the answer to a question. */
  onChoose: (questionId: string, optionIndex: number) => void;
  /** Clear a question's answer, or every answer without a question id. */
  onTryAgain: (questionId?: string) => void;
}

export function KnowledgeCheckView({
  checkId,
  check,
  chosen,
  firstTry,
  ready,
  onChoose,
  onTryAgain,
}: KnowledgeCheckViewProps) {
  const score = checkScore(check.questions, { chosen, firstTry });
  // Options selected but not yet checked, by question id. Checked answers live in `chosen`.
  const [selected, setSelected] = useState<Record<string, number>>({});
  const [said, setSaid] = useState('');
  // An answer checked now waits here until it comes back through `chosen`: the status line speaks only then.
  const pending = useRef<{ questionIndex: number; optionIndex: number } | null>(null);
  useEffect(() => {
    const answer = pending.current;
    if (!answer) return;
    const question = check.questions[answer.questionIndex]!;
    if (chosen[question.id] !== answer.optionIndex) return;
    pending.current = null;
    const option = question.options[answer.optionIndex]!;
    setSaid(`Question ${answer.questionIndex + 1}: ${option.correct ? 'Right.' : 'Not quite.'} ${option.explanation}`);
  }, [chosen, check]);

  const nameOf = (questionId: string) => `kc-${checkId}-${questionId}`;
  const focusFirstOption = (questionId: string) =>
    (document.getElementsByName(nameOf(questionId))[0] as HTMLInputElement | undefined)?.focus();
  const forget = (questionId?: string) =>
    setSelected((current) => {
      if (questionId === undefined) return {};
      const next = { ...current };
      delete next[questionId];
      return next;
    });
  const checkAnswer = (questionIndex: number, optionIndex: number) => {
    const questionId = check.questions[questionIndex]!.id;
    pending.current = { questionIndex, optionIndex };
    forget(questionId);
    onChoose(questionId, optionIndex);
    // The button goes once the answer is checked: keep focus in the question, on the answer just checked.
    (document.getElementsByName(nameOf(questionId))[optionIndex] as HTMLInputElement | undefined)?.focus();
  };
  const tryAgain = (questionId?: string) => {
    onTryAgain(questionId);
    forget(questionId);
    setSaid('');
    focusFirstOption(questionId ?? check.questions[0]!.id);
  };
  const anyChecked = check.questions.some((question) => chosen[question.id] !== undefined);

  return (
    <section class="knowledge-check" aria-labelledby={`kc-${checkId}-title`}>
      <p class="eyebrow">Knowledge check</p>
      <h2 id={`kc-${checkId}-title`}>{check.title}</h2>
      <p class="meta">
        Choose an answer and check it to see whether it is right and why. The score counts the first answer you check
        for each question; after that you can try other options and read why each one is or is not right. Your answers
        are saved in this browser.
      </p>
      <ol class="questions">
        {check.questions.map((question, questionIndex) => {
          const checked = chosen[question.id];
          const current = selected[question.id] ?? checked;
          const showing = checked !== undefined && current === checked ? question.options[checked] : undefined;
          const name = nameOf(question.id);
          return (
            <li key={question.id} class="question">
              <fieldset disabled={!ready}>
                <legend>
                  <span class="visually-hidden">Question </span>
                  {questionIndex + 1}. {question.prompt}
                </legend>
                <div class="choices">
                  {question.options.map((option, optionIndex) => (
                    <label class="choice" key={optionIndex}>
                      <input
                        type="radio"
                        name={name}
                        checked={current === optionIndex}
                        onChange={() => setSelected((now) => ({ ...now, [question.id]: optionIndex }))}
                      />
                      <span>{option.text}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              {current !== undefined && current !== checked && (
                <button
                  type="button"
                  class="small-button"
                  disabled={!ready}
                  onClick={() => checkAnswer(questionIndex, current)}
                >
                  Check answer
                  <span class="visually-hidden"> to question {questionIndex + 1}</span>
                </button>
              )}
              {showing && (
                <div class={showing.correct ? 'feedback feedback-right' : 'feedback feedback-wrong'}>
                  <p class="feedback-verdict">{showing.correct ? 'Right.' : 'Not quite.'}</p>
                  <p>{showing.explanation}</p>
                  <FirstTryNote question={question} first={firstTry[question.id]} now={checked ?? -1} />
                </div>
              )}
              {checked !== undefined && (
                <>
                  <details class="other-options">
                    <summary>Why each option is or is not right</summary>
                    <ul>
                      {question.options.map((option, optionIndex) => (
                        <li key={optionIndex}>
                          <strong>{option.correct ? 'Right: ' : 'Not right: '}</strong>
                          {option.text} <span class="meta">{option.explanation}</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                  <button type="button" class="small-button" onClick={() => tryAgain(question.id)}>
                    Try this question again
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" role="status">
        {said}
      </p>
      <p class="meta check-score">{scoreSentence(score)}</p>
      {anyChecked && (
        <button type="button" class="button button-quiet" onClick={() => tryAgain()}>
          Try the whole check again
        </button>
      )}
    </section>
  );
}

/** Under the feedback: what the score counted for this question, when that differs from the answer shown now. */
function FirstTryNote({ question, first, now }: { question: Question; first: number | null | undefined; now: number }) {
  if (first === undefined || first === now) return null;
  if (first === null) {
    return <p class="meta">You answered this before the course kept first tries, so it is not in your score.</p>;
  }
  const firstOption = question.options[first];
  if (!firstOption) return null;
  return (
    <p class="meta">
      {firstOption.correct
        ? 'Your first answer was right, and the score counts that one.'
        : 'Your first answer was not right, and the score counts that one. Trying again still helps you learn.'}
    </p>
  );
}
