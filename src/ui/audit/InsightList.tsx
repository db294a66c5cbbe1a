/**
 * The audit's measures: the three that matter most for the learner's situation as a short summary, what to answer
 * next, and every measure in collapsible groups. Each says what it rests on; one without enough answers says what is
 * missing instead of a reading.
 */
import { INSIGHT_GROUPS, TIE_RULE, type Insight } from '~/lib/network/insights';

/** One measure, with its base, meaning and next step (or the answers it still needs). */
function InsightCard({ insight, headingLevel }: { insight: Insight; headingLevel: 3 | 4 }) {
  const H = `h${headingLevel}` as 'h3' | 'h4';
  return (
    <li class={insight.ready ? 'insight' : 'insight insight-waiting'} data-insight={insight.id}>
      <H>{insight.title}</H>
      <p class="insight-value">{insight.value}</p>
      <p class="insight-base">Based on {insight.base}.</p>
      <p>{insight.meaning}</p>
      <p class="insight-next">
        <strong>{insight.ready ? 'Next step: ' : 'To see it: '}</strong>
        {insight.next}
      </p>
      <p class="meta">Source: {insight.source}</p>
    </li>
  );
}

/** The three key measures, as figures. */
export function KeyFigures({ insights }: { insights: Insight[] }) {
  return (
    <ul class="key-figures" aria-label="Three key measures for your situation">
      {insights.map((insight) => (
        <li key={insight.id} class={insight.ready ? 'key-figure' : 'key-figure key-figure-waiting'}>
          <span class="key-figure-title">{insight.title}</span>
          <span class="key-figure-value">{insight.ready ? insight.figure : 'Needs answers'}</span>
          <span class="key-figure-base">
            {insight.ready ? `Based on ${insight.base}.` : `So far: ${insight.base}.`}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** What to answer next, most useful first. */
export function NextAnswers({ steps, headingLevel }: { steps: string[]; headingLevel: 3 | 4 }) {
  if (steps.length === 0) return null;
  const H = `h${headingLevel}` as 'h3' | 'h4';
  return (
    <div class="next-answers">
      <H id="audit-next-answers">What to answer next</H>
      <ol aria-labelledby="audit-next-answers">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}

/** Every measure, in groups that open and close, each group's summary saying how many have enough answers. */
export function InsightGroups({ insights, headingLevel }: { insights: Insight[]; headingLevel: 3 | 4 }) {
  if (insights.length === 0) return <p class="meta">Add people to see what your network looks like.</p>;
  return (
    <div class="insight-groups">
      <p class="meta">{TIE_RULE}</p>
      {INSIGHT_GROUPS.map((group) => {
        const inGroup = insights.filter((insight) => insight.group === group.id);
        if (inGroup.length === 0) return null;
        const ready = inGroup.filter((insight) => insight.ready).length;
        return (
          <details key={group.id} class="insight-group" data-group={group.id}>
            <summary>
              <span class="insight-group-title">{group.title}</span>{' '}
              <span class="meta">
                {inGroup.length} {inGroup.length === 1 ? 'measure' : 'measures'},{' '}
                {ready === inGroup.length ? 'all' : ready} with enough answers
              </span>
            </summary>
            <ul class="insights">
              {inGroup.map((insight) => (
                <InsightCard key={insight.id} insight={insight} headingLevel={headingLevel} />
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
