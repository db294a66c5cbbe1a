/**
 * The audit's measures at the largest size it allows: 150 contacts and 2,000 ties. Target: all measures in under
 * 5 ms. `npm run bench` runs this and prints the figures (a benchmark, not a timed test: it never fails on a slow day).
 */
import { test } from 'vitest';
import type { Contact, Tie } from '~/lib/network/audit';
import { auditInsights } from '~/lib/network/insights';
import { layoutNetwork } from '~/lib/network/layout';
import { constraint, effectiveSize } from '~/lib/network/measures';
import { egoNetworkOf, summarise } from '~/lib/network/summary';

/** A repeatable pseudo-random sequence, so every run measures the same network. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const random = sequence(42);
const kinds = ['operational', 'personal', 'strategic'] as const;
const contacts: Contact[] = Array.from({ length: 150 }, (_, i) => ({
  id: `c${i}`,
  alias: `Person ${i}`,
  introducedBy: random() < 0.5 ? 'me' : `c${Math.floor(random() * i)}`,
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
const ties: Tie[] = [];
const seen = new Set<string>();
while (ties.length < 2000) {
  const a = Math.floor(random() * 150);
  const b = Math.floor(random() * 150);
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  if (a === b || seen.has(key)) continue;
  seen.add(key);
  ties.push({ a: `c${Math.min(a, b)}`, b: `c${Math.max(a, b)}`, strength: random() < 0.3 ? 2 : 1 });
}
const net = egoNetworkOf(contacts, ties);

test('network audit at 150 contacts and 2,000 ties', async ({ bench }) => {
  await bench.compare(
    bench('effective size', () => {
      effectiveSize(net);
    }),
    bench('constraint', () => {
      constraint(net);
    }),
    bench('map layout, 150 people (when someone is added or a tie changes)', () => {
      layoutNetwork(contacts, ties);
    }),
    bench('every measure and insight (what the page computes)', () => {
      auditInsights(summarise({ contacts, ties, apart: [] }, '2026-11-25'), { jobContact: 2 });
    }),
  );
});
