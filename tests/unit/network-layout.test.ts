/**
 * Where the network map draws each person (src/lib/network/layout.ts): the learner at the centre, one node per
 * contact, everything inside the square, the same picture every time, and room between people.
 */
import { describe, expect, it } from 'vitest';
import type { Tie } from '~/lib/network/audit';
import { layoutNetwork, type PlacedNode } from '~/lib/network/layout';

const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i + 1}` }));

/** A deterministic, clustered pattern of ties: each contact knows the next two in its group of `group`. */
function clusteredTies(n: number, group: number): Tie[] {
  const ties: Tie[] = [];
  for (let i = 0; i < n; i++) {
    for (const step of [1, 2]) {
      const j = i + step;
      if (j < n && Math.floor(i / group) === Math.floor(j / group)) {
        ties.push({ a: `c${i + 1}`, b: `c${j + 1}`, strength: step === 1 ? 2 : 1 });
      }
    }
  }
  return ties;
}

/** `count` distinct pairs spread through the network (every fifth pair, in order). */
function manyTies(n: number, count: number): Tie[] {
  const ids = people(n).map((p) => p.id);
  return ids
    .flatMap((a, i) => ids.slice(i + 1).map((b) => ({ a, b })))
    .filter((_, index) => index % 5 === 0)
    .slice(0, count)
    .map((pair, index) => ({ ...pair, strength: index % 2 === 0 ? 1 : 2 }));
}

const closestPair = (nodes: PlacedNode[]) => {
  let closest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      closest = Math.min(closest, Math.hypot(nodes[i]!.x - nodes[j]!.x, nodes[i]!.y - nodes[j]!.y));
    }
  }
  return closest;
};

const networks: [string, { id: string }[], Tie[]][] = [
  ['nobody', [], []],
  ['one contact', people(1), []],
  ['five strangers', people(5), []],
  ['twelve in three clusters', people(12), clusteredTies(12, 4)],
  ['thirty in five clusters', people(30), clusteredTies(30, 6)],
];

describe.each(networks)('layoutNetwork with %s', (_what, contacts, ties) => {
  const nodes = layoutNetwork(contacts, ties);

  it('puts the learner ("me") first, at (0, 0)', () => {
    expect(nodes[0]).toEqual({ id: 'me', x: 0, y: 0 });
  });

  it('returns one node per contact plus the learner, in list order', () => {
    expect(nodes.map((node) => node.id)).toEqual(['me', ...contacts.map((c) => c.id)]);
  });

  it('gives every node finite coordinates inside the 600 × 600 square centred on (0, 0)', () => {
    for (const node of nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
      expect(Math.abs(node.x)).toBeLessThanOrEqual(300);
      expect(Math.abs(node.y)).toBeLessThanOrEqual(300);
    }
  });

  it('is deterministic: the same input gives the same positions', () => {
    expect(layoutNetwork(contacts, ties)).toEqual(nodes);
  });
});

describe('layoutNetwork', () => {
  it.each([200, 400, 900])('keeps every node inside a square of side %i', (size) => {
    const nodes = layoutNetwork(people(30), clusteredTies(30, 5), size);
    expect(nodes[0]).toEqual({ id: 'me', x: 0, y: 0 });
    for (const node of nodes) {
      expect(Math.abs(node.x)).toBeLessThanOrEqual(size / 2);
      expect(Math.abs(node.y)).toBeLessThanOrEqual(size / 2);
    }
  });

  it.each<[string, Tie[]]>([
    ['no ties', []],
    ['five clusters', clusteredTies(30, 6)],
    ['ties spread through everyone', manyTies(30, 120)],
  ])('places 30 contacts with %s, no two people (the learner included) closer than 10 units', (_what, ties) => {
    expect(closestPair(layoutNetwork(people(30), ties))).toBeGreaterThanOrEqual(10);
  });

  it('does not place contacts on the learner', () => {
    const nodes = layoutNetwork(people(12), clusteredTies(12, 3));
    for (const node of nodes.slice(1)) expect(Math.hypot(node.x, node.y)).toBeGreaterThan(10);
  });

  it('changing a tie changes the picture (ties pull people together)', () => {
    const apart = layoutNetwork(people(8), []);
    const together = layoutNetwork(people(8), [{ a: 'c1', b: 'c5', strength: 2 }]);
    const distance = (nodes: PlacedNode[]) => {
      const [a, b] = [nodes.find((n) => n.id === 'c1')!, nodes.find((n) => n.id === 'c5')!];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    expect(distance(together)).toBeLessThan(distance(apart));
  });

  it('ignores ties naming someone not in the list, instead of failing', () => {
    const ties: Tie[] = clusteredTies(10, 5);
    const withGhosts: Tie[] = [...ties, { a: 'c1', b: 'gone', strength: 2 }, { a: 'gone', b: 'me', strength: 1 }];
    expect(layoutNetwork(people(10), withGhosts)).toEqual(layoutNetwork(people(10), ties));
  });

  it('finishes for 150 contacts and 2,000 ties, every node placed inside the square', { timeout: 120_000 }, () => {
    const ties = manyTies(150, 2000);
    expect(new Set(ties.map((t) => `${t.a}|${t.b}`)).size).toBe(2000);
    const nodes = layoutNetwork(people(150), ties);
    expect(nodes).toHaveLength(151);
    expect(nodes[0]).toEqual({ id: 'me', x: 0, y: 0 });
    for (const node of nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
      expect(Math.max(Math.abs(node.x), Math.abs(node.y))).toBeLessThanOrEqual(300);
    }
  });
});
