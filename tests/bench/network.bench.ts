// @vitest-environment happy-dom
/**
 * The audit at the largest size it allows: 150 contacts. Targets: every measure and insight under 5 ms; on the
 * page's main thread, under 16 ms per change (a frame), since the map's layout runs in a Web Worker
 * (src/islands/layout.worker.ts) and the main thread only measures, posts the people to the worker, and draws the
 * worker's answer. `npm run bench` runs this and prints the figures (a benchmark, not a timed test: it never fails on
 * a slow day).
 */
import { h, render } from 'preact';
import { test } from 'vitest';
import type { Contact, Tie } from '~/lib/network/audit';
import { auditInsights, nextAnswers } from '~/lib/network/insights';
import { layoutNetwork } from '~/lib/network/layout';
import { constraint, effectiveSize } from '~/lib/network/measures';
import { egoNetworkOf, summarise } from '~/lib/network/summary';
import { NetworkMap } from '~/ui/audit/NetworkMap';
import { generatedPeople, generatedTies, sequence } from '../fixtures/networks';

const random = sequence(42);
const kinds = ['operational', 'personal', 'strategic'] as const;
const contacts: Contact[] = generatedPeople(150).map((person, i) => ({
  ...person,
  introducedBy: random() < 0.5 ? 'me' : `c${1 + Math.floor(random() * 150)}`,
  networkType: kinds[i % 3],
  side: random() < 0.7 ? 'inside' : 'outside',
  field: `field ${i % 9}`,
  alliances: [],
  lines: [],
  access: i % 7 === 0 ? ['opportunities'] : [],
  closeness: 1 + (i % 5),
  energy: (i % 5) - 2,
  giveGet: (i % 5) - 2,
}));

// The measures at their worst: 2,000 random ties, every other pair answered "no".
const denseTies: Tie[] = [];
const seen = new Set<string>();
while (denseTies.length < 2000) {
  const a = 1 + Math.floor(random() * 150);
  const b = 1 + Math.floor(random() * 150);
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  if (a === b || seen.has(key)) continue;
  seen.add(key);
  denseTies.push({ a: `c${Math.min(a, b)}`, b: `c${Math.max(a, b)}`, strength: random() < 0.3 ? 2 : 1 });
}
const apart = contacts.flatMap((a, i) =>
  contacts
    .slice(i + 1)
    .filter((b) => !seen.has(`${Number(a.id.slice(1))}|${Number(b.id.slice(1))}`))
    .map((b) => ({ a: a.id, b: b.id })),
);
const dense = { contacts, ties: denseTies, apart };
const net = egoNetworkOf(contacts, denseTies);

// The map at a realistic size: 150 people in work groups, with bridges and people who know nobody else.
const ties = generatedTies(150, 1);
const layout = layoutNetwork(contacts, ties);
// A change: one more pair who know each other, and the map the worker sends back for it.
const changedTies: Tie[] = [...ties, { a: 'c1', b: 'c150', strength: 1 }];
const changedLayout = layoutNetwork(contacts, changedTies);
const host = document.createElement('div');
document.body.append(host);
const drawn = [
  { ties, layout },
  { ties: changedTies, layout: changedLayout },
];
let turn = 0;
render(h(NetworkMap, { contacts, ties, apart: [], layout, headingLevel: 3 }), host);

test('network audit at 150 contacts', async ({ bench }) => {
  await bench.compare(
    bench('effective size (2,000 ties)', () => {
      effectiveSize(net);
    }),
    bench('constraint (2,000 ties)', () => {
      constraint(net);
    }),
    bench('every measure and insight (what the page computes; 2,000 ties)', () => {
      const summary = summarise(dense, '2026-11-25');
      auditInsights(summary, { jobContact: 2 });
      nextAnswers(summary);
    }),
    bench('map layout, 150 people (in the Web Worker, off the main thread)', () => {
      layoutNetwork(contacts, ties);
    }),
    bench('main thread per change, 150 people: the message to the layout worker', () => {
      structuredClone({ request: 1, contacts: contacts.map(({ id, alias }) => ({ id, alias })), ties });
    }),
    bench('main thread per change, 150 people: redrawing the map from the worker’s answer (Preact, happy-dom)', () => {
      turn = 1 - turn;
      const next = drawn[turn]!;
      render(h(NetworkMap, { contacts, ties: next.ties, apart: [], layout: next.layout, headingLevel: 3 }), host);
    }),
  );
});
