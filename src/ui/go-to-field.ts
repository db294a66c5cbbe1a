/**
 * A link to a question or a box, as in "Still to answer" or a form's list of problems: it takes the learner into the
 * box (or the first box of a group of choices) with its label or legend in view, as GOV.UK's error summary does. A
 * link to a fieldset alone would leave focus on the page.
 */
export function goToField(event: MouseEvent, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  const box = target.matches('input, textarea, select')
    ? target
    : target.querySelector<HTMLElement>('input:not(:disabled), textarea, select, button:not(:disabled)');
  const focused = box ?? target;
  // The question's words in view above the box: a fieldset's legend, or the box's own label when it is shown.
  const label =
    target instanceof HTMLFieldSetElement ? target.querySelector('legend') : (target as HTMLInputElement).labels?.[0];
  (label && !label.classList.contains('visually-hidden') ? label : focused).scrollIntoView({ block: 'start' });
  focused.focus({ preventScroll: true });
}
