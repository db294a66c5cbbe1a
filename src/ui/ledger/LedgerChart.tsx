/**
 * Gives and gets week by week as bars (SVG), with the same figures as a table for anyone who cannot see the chart.
 * One row per week, newest at the bottom: each row is labelled with its week and each bar with its number, so no
 * bar is left without a label. Drawn 360 units wide and shown between 288 and 416 pixels wide, so every label is at
 * least 12 pixels high, on a 320-pixel phone too. SVG attributes only (the site's Content-Security-Policy forbids
 * inline styles).
 */
import { minutesShown, type Period } from '~/lib/ledger/figures';
import { dayInWords, dayShort } from '~/lib/dates';
import { TableScroll } from '~/ui/TableScroll';

/** The chart's width in its own units, and its text size: 15 units show as 12 pixels at the narrowest (288 px). */
const WIDTH = 360;
const FONT = 15;
const ROW = 40;

export function LedgerChart({ weeks }: { weeks: Period[] }) {
  const label = 64;
  const right = 28;
  const top = 6;
  const max = Math.max(4, ...weeks.map((week) => Math.max(week.gives, week.gets)));
  const scale = (value: number) => ((WIDTH - label - right) * value) / max;
  const height = top + weeks.length * ROW;
  const bar = 14;
  return (
    // The chart's labels are no passage to search for (an empty chart is what the search index sees).
    <figure class="ledger-chart" data-pagefind-ignore>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="ledger-chart-title ledger-chart-desc">
        <title id="ledger-chart-title">Gives and gets per week</title>
        <desc id="ledger-chart-desc">
          Two bars for each of the last {weeks.length} weeks, oldest first: what you gave and what you received that
          week, each with its number. The table below has the same figures.
        </desc>
        {weeks.map((week, index) => {
          const y = top + index * ROW;
          return (
            <g key={week.start}>
              <text class="chart-label" x={label - 8} y={y + bar + 4} text-anchor="end" font-size={FONT}>
                {dayShort(week.start)}
              </text>
              <rect class="bar-gave" x={label} y={y} width={scale(week.gives)} height={bar} />
              <text class="chart-value" x={label + scale(week.gives) + 4} y={y + bar - 2} font-size={FONT}>
                {week.gives}
              </text>
              <rect class="bar-got" x={label} y={y + bar + 2} width={scale(week.gets)} height={bar} />
              <text class="chart-value" x={label + scale(week.gets) + 4} y={y + 2 * bar} font-size={FONT}>
                {week.gets}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="legend-swatch legend-gave" aria-hidden="true" /> gave (upper bar){' '}
        <span class="legend-swatch legend-got" aria-hidden="true" /> received (lower bar) · each week starts on the
        Monday shown
      </figcaption>
      <details>
        <summary>The chart as a table</summary>
        <TableScroll label="The chart as a table">
          <table>
            <caption class="visually-hidden">Gives and gets per week</caption>
            <thead>
              <tr>
                <th scope="col">Week starting</th>
                <th scope="col">Gave</th>
                <th scope="col">Received</th>
                <th scope="col">Asked</th>
                <th scope="col">Minutes</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.start}>
                  <th scope="row">{dayInWords(week.start)}</th>
                  <td>{week.gives}</td>
                  <td>{week.gets}</td>
                  <td>{week.asks}</td>
                  <td>{minutesShown(week)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
