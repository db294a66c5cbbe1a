/**
 * Each audit measure then and now, as a table: for snapshot comparisons and the ramp plan's re-audits. Each figure
 * shows what it rests on, and each row says whether the difference is a change in the network, comes from what was
 * answered, or is too small or too thinly based to mean anything.
 */
import type { Comparison, MeasureChange } from '~/lib/network/compare';
import { TableScroll } from '~/ui/TableScroll';

const READING_WORDS: Record<MeasureChange['reading'], string> = {
  'too-thin': 'Needs answers',
  'no-change': 'No change',
  'too-small': 'Too small to mean anything',
  network: 'Changed',
  answers: 'From new answers',
};

export function ComparisonTable(props: { measures: MeasureChange[]; caption: string; then: string; now: string }) {
  return (
    <TableScroll label={props.caption}>
      <table class="comparison-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">{props.then}</th>
            <th scope="col">{props.now}</th>
            <th scope="col">What the difference means</th>
          </tr>
        </thead>
        <tbody>
          {props.measures.map((measure) => (
            <tr key={measure.id} data-reading={measure.reading}>
              <th scope="row">{measure.label}</th>
              <td>
                {measure.then} <span class="cell-base">{measure.thenBase}</span>
              </td>
              <td>
                {measure.now} <span class="cell-base">{measure.nowBase}</span>
              </td>
              <td>
                <strong>{READING_WORDS[measure.reading]}.</strong> {measure.note}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** One sentence on who came and went and what was answered since, so a figure is never read without it. */
export function ComparisonSummary({ comparison }: { comparison: Comparison }) {
  const { came, went, stayed, cameUnanswered, answeredSince } = comparison;
  const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
  return (
    <p class="comparison-summary">
      <strong>Came:</strong> {came.length > 0 ? came.join(', ') : 'nobody'}. <strong>Went:</strong>{' '}
      {went.length > 0 ? went.join(', ') : 'nobody'}. <strong>Stayed:</strong> {stayed}.
      {cameUnanswered.length > 0 &&
        ` ${people(cameUnanswered.length)} came with nothing answered but a name (${cameUnanswered.join(', ')}): they count in no measure until you answer for them.`}
      {(answeredSince.answers > 0 || answeredSince.pairs > 0) &&
        ` Since then you answered ${answeredSince.answers} more ${answeredSince.answers === 1 ? 'question' : 'questions'} about people who were already there, and ${answeredSince.pairs} more ${answeredSince.pairs === 1 ? 'pair' : 'pairs'} in who knows whom: where that changes a figure, the last column says so.`}
    </p>
  );
}
