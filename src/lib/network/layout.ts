/**
 * Where to draw each person on the network map: the learner fixed at the centre, contacts pulled towards those they
 * know and pushed apart from the rest (d3-force, run to rest before drawing, so nothing moves on screen and the same
 * network always gives the same picture).
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceRadial,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Contact, Tie } from '~/lib/network/audit';

/** A placed person: the learner (id "me") or a contact. */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

interface Node extends SimulationNodeDatum {
  id: string;
}

/** Positions in a square of side `size` centred on (0, 0), the learner at the centre. */
export function layoutNetwork(
  contacts: readonly Pick<Contact, 'id'>[],
  ties: readonly Tie[],
  size = 600,
): PlacedNode[] {
  const radius = size / 2 - 40;
  const nodes: Node[] = [
    { id: 'me', x: 0, y: 0, fx: 0, fy: 0 },
    // Start evenly round a circle, so the result does not depend on chance.
    ...contacts.map((contact, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, contacts.length);
      return { id: contact.id, x: radius * 0.7 * Math.cos(angle), y: radius * 0.7 * Math.sin(angle) };
    }),
  ];
  const ids = new Set(contacts.map((contact) => contact.id));
  const links = ties
    .filter((tie) => ids.has(tie.a) && ids.has(tie.b))
    .map((tie) => ({ source: tie.a, target: tie.b, strength: tie.strength }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<Node, { source: string; target: string; strength: number }>(links)
        .id((node) => node.id)
        .distance(radius * 0.45)
        .strength((link) => 0.15 * link.strength),
    )
    .force('charge', forceManyBody<Node>().strength(-radius * 0.9))
    .force('ring', forceRadial<Node>((node) => (node.id === 'me' ? 0 : radius * 0.72), 0, 0).strength(0.35))
    .force('collide', forceCollide<Node>(22))
    .stop();
  // Fewer steps for large networks: the picture settles well enough, and a click on "who knows whom" stays quick.
  simulation.tick(contacts.length > 60 ? 100 : 300);
  const clamp = (value: number) => Math.max(-radius, Math.min(radius, value));
  return nodes.map((node) => ({ id: node.id, x: clamp(node.x ?? 0), y: clamp(node.y ?? 0) }));
}
