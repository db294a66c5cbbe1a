/**
 * Gives and gets week by week as bars (SVG), with the same figures as a table for anyone who cannot see the chart.
 * Drawn with SVG attributes only (the site's Content-Security-Policy forbids inline styles).
 */
import type { Period } from '~/lib/ledger/figures';
import { dayInWords, dayShort } from '~/lib/dates';

export function LedgerChart({ weeks }: { weeks: Period[] }) {
  const width = 640;
  const height = 220;
  const padding = { left: 32, right: 8, top: 12, bottom: 36 };
  const max = Math.max(4, ...weeks.map((week) => Math.max(week.gives, week.gets)));
  const band = (width - padding.left - padding.right) / Math.max(1, weeks.length);
  const bar = Math.max(3, band / 3);
  const y = (value: number) => padding.top + (height - padding.top - padding.bottom) * (1 - value / max);
  const ticks = [0, Math.round(max / 2), max];
  return (
    <figure class="ledger-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="ledger-chart-title ledger-chart-desc">
        <title id="ledger-chart-title">Gives and gets per week</title>
        <desc id="ledger-chart-desc">
          Bars for the last {weeks.length} weeks: what you gave and what you received each week. The table below has the
          same figures.
        </desc>
        {ticks.map((tick) => (
          <g key={tick} class="chart-grid">
            <line x1={padding.left} x2={width - padding.right} y1={y(tick)} y2={y(tick)} />
            <text x={padding.left - 6} y={y(tick) + 4} text-anchor="end">
              {tick}
            </text>
          </g>
        ))}
        {weeks.map((week, index) => {
          const x = padding.left + index * band + (band - 2 * bar) / 2;
          return (
            <g key={week.start}>
              <rect class="bar-gave" x={x} y={y(week.gives)} width={bar} height={y(0) - y(week.gives)} />
              <rect class="bar-got" x={x + bar} y={y(week.gets)} width={bar} height={y(0) - y(week.gets)} />
              {index % 2 === weeks.length % 2 && (
                <text class="chart-label" x={x + bar} y={height - 14} text-anchor="middle">
                  {dayShort(week.start)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="legend-swatch legend-gave" aria-hidden="true" /> gave{' '}
        <span class="legend-swatch legend-got" aria-hidden="true" /> received · weeks start on Monday
      </figcaption>
      <details>
        <summary>The chart as a table</summary>
        <div class="table-scroll">
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
                  <td>{week.minutes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
