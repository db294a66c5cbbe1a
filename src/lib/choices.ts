/** Lists of choices as the learner sees them: a stored value and its label. Shared by the audit, ledger and planner. */

/** A choice with the words the learner sees. */
export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

/** The label of a choice's value, or '' when unknown. */
export function labelOf(choices: readonly Choice[], value: string | undefined): string {
  return choices.find((choice) => choice.value === value)?.label ?? '';
}
