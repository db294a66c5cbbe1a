/**
 * Where the network map draws each person and each name (src/lib/network/layout.ts). The map must never show a tie
 * that does not exist: for generated networks of 5, 12, 30 and 150 people, nobody lies within their own radius (and
 * the clearance) of a line they are not part of, nobody overlaps anybody, and no name sits under a line, a person or
 * another name. Names are drawn at 13 pixels at a scale of one, so they stay readable on a 320-pixel phone.
 */
import { describe, expect, it } from 'vitest';
import type { Tie } from '~/lib/network/audit';
import {
  CLEARANCE,
  FONT_SIZE,
  MAX_LABEL,
  distanceToSegment,
  layoutNetwork,
  lineClashes,
  mapLabel,
  segmentNearBox,
  textWidth,
  type NetworkLayout,
} from '~/lib/network/layout';
import { generatedPeople, generatedTies } from '../fixtures/networks';

/** Every way a layout breaks the map's promises, in words (empty when it keeps them all). */
function problems(layout: NetworkLayout, ties: readonly Tie[]): string[] {
  const found: string[] = [];
  const at = new Map(layout.nodes.map((node) => [node.id, node]));
  const lines = layout.linesDrawn
    ? ties
        .filter((tie) => at.has(tie.a) && at.has(tie.b) && tie.a !== tie.b)
        .map((tie) => [at.get(tie.a)!, at.get(tie.b)!] as const)
    : [];
  for (const [a, b] of lines) {
    for (const node of layout.nodes) {
      if (node === a || node === b) continue;
      const distance = distanceToSegment(node, a, b);
      if (distance < node.r + CLEARANCE - 0.2)
        found.push(`${node.id} is ${distance.toFixed(1)} px from line ${a.id}–${b.id}`);
    }
  }
  for (let i = 0; i < layout.nodes.length; i++) {
    for (let j = i + 1; j < layout.nodes.length; j++) {
      const [a, b] = [layout.nodes[i]!, layout.nodes[j]!];
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) found.push(`${a.id} overlaps ${b.id}`);
    }
  }
  for (const label of layout.labels) {
    for (const [a, b] of lines) {
      if (segmentNearBox(a, b, label, 0)) found.push(`the name of ${label.id} lies under line ${a.id}–${b.id}`);
    }
    for (const node of layout.nodes) {
      const nx = Math.max(label.x, Math.min(node.x, label.x + label.width));
      const ny = Math.max(label.y, Math.min(node.y, label.y + label.height));
      if (Math.hypot(node.x - nx, node.y - ny) < node.r) found.push(`the name of ${label.id} lies over ${node.id}`);
    }
    for (const other of layout.labels) {
      if (other === label) continue;
      const overlap =
        label.x < other.x + other.width &&
        other.x < label.x + label.width &&
        label.y < other.y + other.height &&
        other.y < label.y + label.height;
      if (overlap) found.push(`the names of ${label.id} and ${other.id} overlap`);
    }
  }
  for (const node of layout.nodes) {
    const inside =
      node.x - node.r >= layout.box.x &&
      node.y - node.r >= layout.box.y &&
      node.x + node.r <= layout.box.x + layout.box.width &&
      node.y + node.r <= layout.box.y + layout.box.height;
    if (!inside) found.push(`${node.id} is outside the drawing`);
  }
  for (const label of layout.labels) {
    const inside =
      label.x >= layout.box.x &&
      label.y >= layout.box.y &&
      label.x + label.width <= layout.box.x + layout.box.width &&
      label.y + label.height <= layout.box.y + layout.box.height;
    if (!inside) found.push(`the name of ${label.id} is outside the drawing`);
  }
  return found;
}

describe.each([5, 12, 30, 150])('a generated network of %i people', (n) => {
  describe.each([1, 2, 3])('seed %i', (seed) => {
    const contacts = generatedPeople(n);
    const ties = generatedTies(n, seed);
    const layout = layoutNetwork(contacts, ties);

    it('draws every line, with nobody within reach of a line they are not part of, and no name under anything', () => {
      expect(layout.linesDrawn).toBe(true);
      expect(problems(layout, ties)).toEqual([]);
    });

    it('names every contact, and the learner sits at the centre', () => {
      expect(layout.labels.map((label) => label.id).sort()).toEqual(contacts.map((c) => c.id).sort());
      expect(layout.nodes[0]).toMatchObject({ id: 'me', x: 0, y: 0 });
      expect(layout.nodes.map((node) => node.id)).toEqual(['me', ...contacts.map((c) => c.id)]);
    });
  });
});

describe('the generated networks', () => {
  it.each([5, 12, 30, 150])('of %i people have groups, bridges and people who know nobody', (n) => {
    const ties = generatedTies(n, 1);
    const tied = new Set(ties.flatMap((tie) => [tie.a, tie.b]));
    expect(ties.length).toBeGreaterThan(0);
    if (n >= 30) expect(tied.size).toBeLessThan(n);
  });
});

describe('layoutNetwork', () => {
  it('is deterministic: the same input gives the same picture', () => {
    const ties = generatedTies(30, 4);
    expect(layoutNetwork(generatedPeople(30), ties)).toEqual(layoutNetwork(generatedPeople(30), ties));
  });

  it('the case reported: 12 people, one who knows nobody, is not drawn on another pair’s line', () => {
    const contacts = generatedPeople(12);
    const ties: Tie[] = [
      { a: 'c1', b: 'c7', strength: 1 },
      { a: 'c2', b: 'c8', strength: 2 },
      { a: 'c3', b: 'c9', strength: 1 },
      { a: 'c4', b: 'c10', strength: 1 },
      { a: 'c5', b: 'c11', strength: 2 },
      { a: 'c1', b: 'c2', strength: 1 },
      { a: 'c3', b: 'c4', strength: 1 },
    ];
    const layout = layoutNetwork(contacts, ties);
    expect(problems(layout, ties)).toEqual([]);
  });

  it('nobody, one person and five strangers all give a clear picture', () => {
    for (const n of [0, 1, 5]) {
      const layout = layoutNetwork(generatedPeople(n), []);
      expect(layout.nodes).toHaveLength(n + 1);
      expect(problems(layout, [])).toEqual([]);
    }
  });

  it('a network too dense to draw clearly leaves the lines out and says so, rather than drawing people on lines', () => {
    const contacts = generatedPeople(60);
    const ties: Tie[] = [];
    for (let i = 1; i <= 60; i++)
      for (let j = i + 1; j <= 60; j += 2) ties.push({ a: `c${i}`, b: `c${j}`, strength: 1 });
    const layout = layoutNetwork(contacts, ties);
    if (layout.linesDrawn) expect(problems(layout, ties)).toEqual([]);
    else expect(problems(layout, [])).toEqual([]);
  });

  it('ignores ties naming someone not in the list, or the learner, instead of failing', () => {
    const ties = generatedTies(10, 1);
    const withGhosts: Tie[] = [...ties, { a: 'c1', b: 'gone', strength: 2 }, { a: 'gone', b: 'me', strength: 1 }];
    expect(layoutNetwork(generatedPeople(10), withGhosts)).toEqual(layoutNetwork(generatedPeople(10), ties));
  });

  it('a tie pulls two people closer than when they do not know each other', () => {
    const distance = (layout: NetworkLayout) => {
      const [a, b] = [layout.nodes.find((n) => n.id === 'c1')!, layout.nodes.find((n) => n.id === 'c5')!];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const people = generatedPeople(8);
    expect(distance(layoutNetwork(people, [{ a: 'c1', b: 'c5', strength: 2 }]))).toBeLessThan(
      distance(layoutNetwork(people, [])),
    );
  });

  it('lineClashes finds a person on a line they are not part of', () => {
    const nodes = [
      { id: 'me', x: 0, y: 0, r: 17 },
      { id: 'a', x: 100, y: 0, r: 8 },
      { id: 'b', x: 200, y: 0, r: 8 },
      { id: 'c', x: 300, y: 0, r: 8 },
    ];
    expect(lineClashes(nodes, [[1, 3]]).map((clash) => clash.node)).toEqual([2]);
    expect(lineClashes(nodes, [[1, 2]])).toEqual([]);
  });
});

describe('names on the map', () => {
  it(`are drawn ${FONT_SIZE} pixels high, at least 12`, () => expect(FONT_SIZE).toBeGreaterThanOrEqual(12));

  it.each([
    ['Ama', 'Ama'],
    ['  Zoë Nuñez  ', 'Zoë Nuñez'],
    ['', 'Unnamed'],
    ['Maximilian-Alexander', `${'Maximilian-Alexander'.slice(0, MAX_LABEL - 1)}…`],
  ])('%j is drawn as %j', (alias, drawn) => expect(mapLabel(alias)).toBe(drawn));

  it('the width estimate covers wide letters more than narrow ones', () => {
    expect(textWidth('WWW')).toBeGreaterThan(textWidth('iii'));
    expect(textWidth('Ama')).toBeGreaterThanOrEqual(3 * 0.34 * FONT_SIZE);
  });
});
