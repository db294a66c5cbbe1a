/**
 * Where to draw each person on the network map, and where each name goes: the learner at the centre, contacts
 * pulled towards those they know and pushed apart from the rest (d3-force, run to rest before drawing, so nothing
 * moves on screen and the same network always gives the same picture).
 *
 * The map must not show ties that do not exist, so the layout guarantees, for the picture it returns:
 * - no person (the learner included) lies on, or within `clearance` pixels of, a line they are not part of;
 * - no two people overlap;
 * - no name overlaps a line, a person, or another name.
 * It gets there in three steps: the simulation pushes people off lines they are not part of; a repair pass moves
 * anyone still too close; and if that is not enough, the whole picture is spread out (distances grow, people and
 * names keep their size) until it is. A network so dense that no spreading up to `MAX_SIDE` clears it comes back
 * with `linesDrawn: false`: the map then draws the people without lines and says so, and the table gives who knows
 * whom.
 *
 * Coordinates are CSS pixels at a scale of one: the map is drawn at its own size (scrolling sideways when it is
 * wider than the screen), so names stay `FONT_SIZE` pixels high on every screen, a 320-pixel phone included.
 * Pure (no DOM): the page runs it in a Web Worker (src/islands/layout.worker.ts), the tests in node.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceRadial,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Contact, Tie } from '~/lib/network/audit';

/** Radius of a contact's circle, in pixels. */
export const NODE_RADIUS = 8;
/** Radius of the learner's circle, which holds the word "You". */
export const EGO_RADIUS = 17;
/** Names are drawn this many pixels high (never smaller: the map scrolls instead of shrinking). */
export const FONT_SIZE = 13;
/** The least room between a person's circle and a line they are not part of, in pixels. */
export const CLEARANCE = 6;
/** The widest a map is spread to keep lines clear of people; beyond it the lines are left out. */
export const MAX_SIDE = 2400;
/** Longest name drawn on the map; longer ones end in "…" (the table below the map has them whole). */
export const MAX_LABEL = 14;

/** A placed person: the learner (id "me") or a contact. */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** A placed name: its text, where its box starts (top left), and its size. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The map: its size, the people, their names, and whether the lines between people are drawn. */
export interface NetworkLayout {
  /** The drawing's box, for the SVG viewBox: everything lies within it. */
  box: { x: number; y: number; width: number; height: number };
  nodes: PlacedNode[];
  labels: PlacedLabel[];
  /** False when the network is too dense to draw every line clear of the people it does not join. */
  linesDrawn: boolean;
}

/** What the layout needs to know about a contact. */
export type MapContact = Pick<Contact, 'id' | 'alias'>;

interface Node extends SimulationNodeDatum {
  id: string;
  r: number;
}

/** The name as drawn: trimmed, and shortened with "…" past `MAX_LABEL` characters. */
export function mapLabel(alias: string): string {
  const name = alias.trim() || 'Unnamed';
  return [...name].length > MAX_LABEL ? `${[...name].slice(0, MAX_LABEL - 1).join('')}…` : name;
}

/**
 * The short form of a name, for a person whose full name finds no clear place: initials ("Zoë Nuñez" → "Z.N."), or
 * a short single name as it is ("Ama"), or the first three letters of a longer one ("Priya" → "Pri."). The table
 * below the map gives every name in full.
 */
export function shortLabel(alias: string): string {
  const words = alias.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) {
    const letters = [...words[0]!];
    return letters.length <= 4 ? words[0]! : `${letters.slice(0, 3).join('')}.`;
  }
  return words
    .map((word) => [...word][0]!.toUpperCase())
    .slice(0, 3)
    .join('.')
    .concat('.');
}

/**
 * An upper bound of a text's width in the site's UI font at `size` pixels: generous per character, so a box built
 * from it always covers the drawn text (narrow letters take less, wide ones and capitals more).
 */
export function textWidth(text: string, size = FONT_SIZE): number {
  let width = 0;
  for (const char of text) {
    if ("iIl.,:;|!'’ ".includes(char)) width += 0.34;
    else if ('mwMW@%'.includes(char)) width += 0.95;
    else if (char >= 'A' && char <= 'Z') width += 0.72;
    else if (char.charCodeAt(0) > 0x2e7f)
      width += 1.05; // CJK and other wide scripts
    else width += 0.6;
  }
  return Math.ceil(width * size) + 2;
}

/** Distance from point p to the segment ab. */
export function distanceToSegment(
  p: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Whether segment ab comes within `margin` of the rectangle. */
export function segmentNearBox(
  a: { x: number; y: number },
  b: { x: number; y: number },
  box: { x: number; y: number; width: number; height: number },
  margin: number,
): boolean {
  const left = box.x - margin;
  const right = box.x + box.width + margin;
  const top = box.y - margin;
  const bottom = box.y + box.height + margin;
  // Liang–Barsky clipping: does any part of the segment lie inside the grown box?
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - left],
    [dx, right - a.x],
    [-dy, a.y - top],
    [dy, bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) {
        if (t > t1) return false;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return false;
        if (t < t1) t1 = t;
      }
    }
  }
  return true;
}

const boxesOverlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
  margin: number,
) =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

const circleNearBox = (c: PlacedNode, box: { x: number; y: number; width: number; height: number }, margin: number) => {
  const nx = Math.max(box.x, Math.min(c.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(c.y, box.y + box.height));
  return Math.hypot(c.x - nx, c.y - ny) < c.r + margin;
};

/** The lines of the map: the ties between two people who are both on it. */
function linesOf(nodes: readonly PlacedNode[], ties: readonly Tie[]): [number, number][] {
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const lines: [number, number][] = [];
  const seen = new Set<string>();
  for (const tie of ties) {
    const a = index.get(tie.a);
    const b = index.get(tie.b);
    if (a === undefined || b === undefined || a === b || tie.a === 'me' || tie.b === 'me') continue;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push([a, b]);
  }
  return lines;
}

/** Every person too close to a line they are not part of: the person, the line, the distance and what it needs. */
export function lineClashes(
  nodes: readonly PlacedNode[],
  lines: readonly [number, number][],
  clearance = CLEARANCE,
): { node: number; line: [number, number]; distance: number; needed: number }[] {
  const clashes: { node: number; line: [number, number]; distance: number; needed: number }[] = [];
  for (const line of lines) {
    const a = nodes[line[0]]!;
    const b = nodes[line[1]]!;
    const minX = Math.min(a.x, b.x);
    const maxX = Math.max(a.x, b.x);
    const minY = Math.min(a.y, b.y);
    const maxY = Math.max(a.y, b.y);
    for (let i = 0; i < nodes.length; i++) {
      if (i === line[0] || i === line[1]) continue;
      const node = nodes[i]!;
      const needed = node.r + clearance;
      if (node.x < minX - needed || node.x > maxX + needed || node.y < minY - needed || node.y > maxY + needed)
        continue;
      const distance = distanceToSegment(node, a, b);
      if (distance < needed) clashes.push({ node: i, line, distance, needed });
    }
  }
  return clashes;
}

/** Push people off lines they are not part of, and apart from each other, in place. Returns the clashes left. */
function repair(nodes: PlacedNode[], lines: readonly [number, number][], rounds: number) {
  let clashes = lineClashes(nodes, lines);
  for (let round = 0; round < rounds && clashes.length > 0; round++) {
    for (const { node: i, line, distance, needed } of clashes) {
      if (i === 0) continue; // the learner stays at the centre; the lines move instead (below)
      const node = nodes[i]!;
      const a = nodes[line[0]]!;
      const b = nodes[line[1]]!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length = Math.hypot(dx, dy) || 1;
      // The side of the line the person is on (a fixed side when exactly on it, so the result is repeatable).
      const side = Math.sign((node.x - a.x) * dy - (node.y - a.y) * dx) || 1;
      const push = needed - distance + 0.5;
      node.x += (side * dy * push) / length;
      node.y -= (side * dx * push) / length;
    }
    for (const { node: i, line } of clashes) {
      if (i !== 0) continue;
      // A line too close to the learner: move its two ends outwards, away from the centre.
      for (const end of line) {
        const node = nodes[end]!;
        const reach = Math.hypot(node.x, node.y) || 1;
        node.x += (node.x / reach) * 4;
        node.y += (node.y / reach) * 4;
      }
    }
    separate(nodes);
    clashes = lineClashes(nodes, lines);
  }
  return clashes;
}

/** Move overlapping people apart (the learner stays put). */
function separate(nodes: PlacedNode[]): void {
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      const need = a.r + b.r + CLEARANCE;
      let dx = b.x - a.x;
      let dy = b.y - a.y;
      let distance = Math.hypot(dx, dy);
      if (distance >= need) continue;
      if (distance === 0) {
        dx = 1;
        dy = 0;
        distance = 1;
      }
      const push = (need - distance) / (i === 0 ? 1 : 2);
      if (i !== 0) {
        a.x -= (dx / distance) * push;
        a.y -= (dy / distance) * push;
      }
      b.x += (dx / distance) * push;
      b.y += (dy / distance) * push;
    }
  }
}

/** Spread everyone out from the centre by `factor` (people and names keep their size). */
function spread(nodes: PlacedNode[], factor: number): void {
  for (const node of nodes) {
    node.x *= factor;
    node.y *= factor;
  }
}

/**
 * Places to try for a name, around its person: to the right first, then left, above and below, then every
 * direction in between, close to the person first and further out after. The box touches the point in that
 * direction, so a name to the left ends where one to the right would start.
 */
function candidates(node: PlacedNode, width: number, height: number): { x: number; y: number }[] {
  const places: { x: number; y: number }[] = [];
  const angles = [0, 180, 270, 90, 315, 225, 45, 135, 337.5, 202.5, 22.5, 157.5, 292.5, 247.5, 67.5, 112.5];
  for (const extra of [3, 8, 15, 25, 40, 55]) {
    for (const degrees of angles) {
      const angle = (degrees * Math.PI) / 180;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const gap = node.r + extra;
      const px = node.x + gap * cos;
      const py = node.y + gap * sin;
      places.push({ x: px - width / 2 + (width / 2) * cos, y: py - height / 2 + (height / 2) * sin });
    }
  }
  return places;
}

/** Place every name clear of lines, people and other names; undefined if some name finds no place. */
function placeLabels(
  nodes: readonly PlacedNode[],
  texts: readonly string[],
  shortTexts: readonly string[],
  lines: readonly [number, number][],
): PlacedLabel[] | undefined {
  const height = Math.ceil(FONT_SIZE * 1.25);
  const degree = nodes.map(() => 0);
  for (const [a, b] of lines) {
    degree[a]! += 1;
    degree[b]! += 1;
  }
  // The most connected first: they have the fewest free places.
  const order = nodes
    .map((_, i) => i)
    .filter((i) => i !== 0)
    .sort((a, b) => degree[b]! - degree[a]! || a - b);
  const placed: PlacedLabel[] = [];
  for (const i of order) {
    const node = nodes[i]!;
    const clear = (box: { x: number; y: number; width: number; height: number }) =>
      !placed.some((label) => boxesOverlap(label, box, 2)) &&
      !nodes.some((other) => circleNearBox(other, box, 2)) &&
      !lines.some(([a, b]) => segmentNearBox(nodes[a]!, nodes[b]!, box, 2));
    let text = texts[i]!;
    let width = textWidth(text);
    let spot = candidates(node, width, height).find((place) => clear({ ...place, width, height }));
    if (!spot && shortTexts[i] !== text) {
      text = shortTexts[i]!;
      width = textWidth(text);
      spot = candidates(node, width, height).find((place) => clear({ ...place, width, height }));
    }
    if (!spot) return undefined;
    placed.push({ id: node.id, text, x: spot.x, y: spot.y, width, height });
  }
  const position = new Map(nodes.map((node, i) => [node.id, i]));
  return placed.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/** The ring radius for `n` contacts: room for each person and a name around a circle, growing with the square root. */
function ringRadius(n: number): number {
  return Math.max(70, 26 * Math.sqrt(n) + 20);
}

/** Lay out the map for these contacts and ties (see the top of this file for what it guarantees). */
export function layoutNetwork(contacts: readonly MapContact[], ties: readonly Tie[]): NetworkLayout {
  const radius = ringRadius(contacts.length);
  const simulated: Node[] = [
    { id: 'me', r: EGO_RADIUS, x: 0, y: 0, fx: 0, fy: 0 },
    // Start evenly round a circle, so the result does not depend on chance.
    ...contacts.map((contact, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, contacts.length);
      return { id: contact.id, r: NODE_RADIUS, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    }),
  ];
  const ids = new Set(contacts.map((contact) => contact.id));
  const links = ties
    .filter((tie) => tie.a !== tie.b && ids.has(tie.a) && ids.has(tie.b))
    .map((tie) => ({ source: tie.a, target: tie.b, strength: tie.strength }));
  const linked = new Set(links.flatMap((link) => [link.source, link.target]));
  const simulation = forceSimulation(simulated)
    .force(
      'link',
      forceLink<Node, { source: string; target: string; strength: number }>(links)
        .id((node) => node.id)
        .distance(Math.max(40, radius * 0.4))
        .strength((link) => 0.12 * link.strength),
    )
    .force('charge', forceManyBody<Node>().strength(-Math.max(60, radius * 0.6)))
    // Groups gather freely near the centre (a ring would stretch bridges across the picture); people who know
    // nobody on the list sit on an outer ring, so they never look as if they belong to a group.
    .force(
      'x',
      forceX<Node>(0).strength((node) => (linked.has(node.id) ? 0.06 : 0)),
    )
    .force(
      'y',
      forceY<Node>(0).strength((node) => (linked.has(node.id) ? 0.06 : 0)),
    )
    .force(
      'ring',
      forceRadial<Node>(radius * 1.1, 0, 0).strength((node) => (node.id === 'me' || linked.has(node.id) ? 0 : 0.4)),
    )
    .force(
      'collide',
      forceCollide<Node>((node) => node.r + 16),
    )
    .stop();
  simulation.tick(contacts.length > 60 ? 150 : 300);

  let nodes: PlacedNode[] = simulated.map((node) => ({ id: node.id, x: node.x ?? 0, y: node.y ?? 0, r: node.r }));
  const lines = linesOf(nodes, ties);
  const texts = nodes.map((_, i) => (i === 0 ? 'You' : mapLabel(contacts[i - 1]!.alias)));
  const shortTexts = nodes.map((_, i) => (i === 0 ? 'You' : shortLabel(contacts[i - 1]!.alias)));

  separate(nodes);
  let clashes = repair(nodes, lines, 40);
  let linesDrawn = true;
  // Spread out until no line runs through or near a person, and every name has a clear place.
  let labels: PlacedLabel[] | undefined;
  for (let attempt = 0; ; attempt++) {
    if (clashes.length === 0) {
      labels = placeLabels(nodes, texts, shortTexts, lines);
      if (labels) break;
    }
    const side = 2 * Math.max(...nodes.map((node) => Math.max(Math.abs(node.x), Math.abs(node.y))));
    if (side * 1.15 > MAX_SIDE || attempt > 40) break;
    spread(nodes, 1.15);
    clashes = repair(nodes, lines, 10);
  }
  if (!labels) {
    // Too dense to draw clearly: the people without lines (the table has who knows whom).
    linesDrawn = false;
    nodes = nodes.map((node) => ({ ...node }));
    labels = placeLabels(nodes, texts, shortTexts, []);
    for (let attempt = 0; !labels && attempt < 40; attempt++) {
      spread(nodes, 1.15);
      separate(nodes);
      labels = placeLabels(nodes, texts, shortTexts, []);
    }
    labels ??= [];
  }

  const round = (value: number) => Math.round(value * 10) / 10;
  const placedNodes = nodes.map((node) => ({ id: node.id, x: round(node.x), y: round(node.y), r: node.r }));
  const placedLabels = labels.map((label) => ({ ...label, x: round(label.x), y: round(label.y) }));
  const edges = [
    ...placedNodes.map((node) => ({
      x0: node.x - node.r,
      y0: node.y - node.r,
      x1: node.x + node.r,
      y1: node.y + node.r,
    })),
    ...placedLabels.map((label) => ({
      x0: label.x,
      y0: label.y,
      x1: label.x + label.width,
      y1: label.y + label.height,
    })),
  ];
  const pad = 6;
  const x0 = Math.floor(Math.min(...edges.map((edge) => edge.x0)) - pad);
  const y0 = Math.floor(Math.min(...edges.map((edge) => edge.y0)) - pad);
  const x1 = Math.ceil(Math.max(...edges.map((edge) => edge.x1)) + pad);
  const y1 = Math.ceil(Math.max(...edges.map((edge) => edge.y1)) + pad);
  return {
    box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
    nodes: placedNodes,
    labels: placedLabels,
    linesDrawn,
  };
}
