/** Two answers to one shared question (src/lib/workbook/shared-answers.ts): the learner keeps one. */
/**
 * Earlier answers saved elsewhere that differ from this one: the learner keeps one, and the other is removed. An
 * earlier answer that is not one of today's choices ("a new job or role") has no button: the choices above answer it.
 */
export function SharedChoices<T>(props: {
  choices: { where: string; value: T }[];
  /** The answer stored now, and where it is kept ("module 7’s worksheet"). */
  current: { label: string; value: T; where: string } | undefined;
  show: (value: T) => string | undefined;
  onChoose: (value: T) => void;
}) {
  if (props.choices.length === 0) return null;
  return (
    <div class="notice notice-warning" role="status">
      <p class="notice-title">Two answers to one question</p>
      <p>
        Before these places shared one answer, you answered differently in each:{' '}
        {props.choices
          .map((choice) => `${props.show(choice.value) ?? 'a new job or role'} in ${choice.where}`)
          .join(', ')}
        {props.current ? `, and ${props.current.label} in ${props.current.where}` : ''}. Keep one; the other is removed.
      </p>
      <div class="button-row">
        {props.current !== undefined && (
          <button type="button" class="small-button" onClick={() => props.onChoose(props.current!.value)}>
            Keep {props.current.label}
          </button>
        )}
        {props.choices
          .filter((choice) => props.show(choice.value) !== undefined)
          .map((choice) => (
            <button type="button" class="small-button" key={choice.where} onClick={() => props.onChoose(choice.value)}>
              Use {props.show(choice.value)}
            </button>
          ))}
      </div>
    </div>
  );
}
