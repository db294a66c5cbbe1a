/**
 * A knowledge check: each question is a group of radio buttons (arrow keys move between options); once an option is
 * chosen, the learner sees whether it is right and why, and can read why each other option is or is not right.
 * One status line announces the verdict of the learner's own choice; answers loaded from storage are shown, not read
 * out. "Try again" puts focus back on the question's first option.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { KnowledgeCheckDefinition } from '~/schema';

export interface KnowledgeCheckViewProps {
  checkId: string;
  check: KnowledgeCheckDefinition;
  /** Chosen option index by question id. */
  chosen: Record<string, number>;
  ready: boolean;
  onChoose: (questionId: string, optionIndex: number) => void;
  onTryAgain: (questionId?: string) => void;
}

export function KnowledgeCheckView({ checkId, check, chosen, ready, onChoose, onTryAgain }: KnowledgeCheckViewProps) {
  const answered = check.questions.filter((question) => chosen[question.id] !== undefined);
  const right = answered.filter((question) => question.options[chosen[question.id]!]?.correct);
  const [said, setSaid] = useState('');
  // The learner's choice waits here until it comes back through `chosen`: the status line changes only then, so this
  // component never renders between the click and the saved answer (which would uncheck the option for a moment).
  const pending = useRef<{ questionIndex: number; optionIndex: number } | null>(null);
  useEffect(() => {
    const choice = pending.current;
    if (!choice) return;
    const question = check.questions[choice.questionIndex]!;
    if (chosen[question.id] !== choice.optionIndex) return;
    pending.current = null;
    const option = question.options[choice.optionIndex]!;
    setSaid(`Question ${choice.questionIndex + 1}: ${option.correct ? 'Right.' : 'Not quite.'} ${option.explanation}`);
  }, [chosen, check]);
  const nameOf = (questionId: string) => `kc-${checkId}-${questionId}`;
  const focusFirstOption = (questionId: string) =>
    (document.getElementsByName(nameOf(questionId))[0] as HTMLInputElement | undefined)?.focus();
  const choose = (questionIndex: number, optionIndex: number) => {
    pending.current = { questionIndex, optionIndex };
    onChoose(check.questions[questionIndex]!.id, optionIndex);
  };
  const tryAgain = (questionId?: string) => {
    onTryAgain(questionId);
    setSaid('');
    focusFirstOption(questionId ?? check.questions[0]!.id);
  };
  return (
    <section class="knowledge-check" aria-labelledby={`kc-${checkId}-title`}>
      <p class="eyebrow">Knowledge check</p>
      <h2 id={`kc-${checkId}-title`}>{check.title}</h2>
      <p class="meta">Choose an answer to see whether it is right and why. Your answers are saved in this browser.</p>
      <ol class="questions">
        {check.questions.map((question, questionIndex) => {
          const choice = chosen[question.id];
          const picked = choice === undefined ? undefined : question.options[choice];
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
                        checked={choice === optionIndex}
                        onChange={() => choose(questionIndex, optionIndex)}
                      />
                      <span>{option.text}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              {picked && (
                <div class={picked.correct ? 'feedback feedback-right' : 'feedback feedback-wrong'}>
                  <p class="feedback-verdict">{picked.correct ? 'Right.' : 'Not quite.'}</p>
                  <p>{picked.explanation}</p>
                </div>
              )}
              {picked && (
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
      <p class="meta">
        {answered.length === 0
          ? `${check.questions.length} questions.`
          : `${right.length} of ${check.questions.length} right so far.`}
      </p>
      {answered.length > 0 && (
        <button type="button" class="button button-quiet" onClick={() => tryAgain()}>
          Try the whole check again
        </button>
      )}
    </section>
  );
}
