/** Each audit measure then and now, as a table: for snapshot comparisons and the ramp plan's re-audits. */
import type { MeasureChange } from '~/lib/network/compare';

export function ComparisonTable(props: { measures: MeasureChange[]; caption: string; then: string; now: string }) {
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">{props.then}</th>
            <th scope="col">{props.now}</th>
          </tr>
        </thead>
        <tbody>
          {props.measures.map((measure) => (
            <tr key={measure.label}>
              <th scope="row">{measure.label}</th>
              <td>{measure.then}</td>
              <td>{measure.now}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
