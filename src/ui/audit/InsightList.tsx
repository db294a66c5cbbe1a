/** The audit's measures, each with what it means and one next step. */
import type { Insight } from '~/lib/network/insights';

export function InsightList({ insights }: { insights: Insight[] }) {
  if (insights.length === 0) return <p class="meta">Add people to see what your network looks like.</p>;
  return (
    <ul class="insights">
      {insights.map((insight) => (
        <li key={insight.id} class="insight" data-insight={insight.id}>
          <h3>{insight.title}</h3>
          <p class="insight-value">{insight.value}</p>
          <p>{insight.meaning}</p>
          <p class="insight-next">
            <strong>Next step: </strong>
            {insight.next}
          </p>
          <p class="meta">Source: {insight.source}</p>
        </li>
      ))}
    </ul>
  );
}
