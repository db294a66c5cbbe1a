/**
 * Burt's structural-hole measures of a learner's ego network, and the simple measures around them.
 *
 * The ego network is the learner (ego), their contacts, and which contacts know each other. Following Burt (1992),
 * as the research brief states it (section 2.4), with z the strength of a relation:
 *
 * - proportional tie strength p_ij = (z_ij + z_ji) / Σ_k (z_ik + z_ki): the share of i's network time and energy
 *   spent on j. Computed over the ego network: a contact's ties are its tie to the learner and to other contacts.
 * - marginal strength m_jq = (z_jq + z_qj) / max_k (z_jk + z_kj): j's tie to q relative to j's strongest tie.
 * - effective size ES = Σ_j [1 − Σ_q p_iq m_jq], q ≠ i, j: how many contacts are not redundant.
 * - constraint C = Σ_j (p_ij + Σ_q p_iq p_qj)², q ≠ i, j: how far the contacts tie the learner into one group.
 *
 * Ties are undirected, so z_ij + z_ji is twice the one strength given, and the factor of two cancels everywhere.
 * A missing strength counts as 1, as does one that is not a positive number. Ties naming a contact that is not in
 * the network, ties from a contact to itself, and repeats of a pair (the strongest is kept) are ignored.
 */

/** The learner's ego network: the tie to each contact, and which contacts know each other. */
export interface EgoNetwork {
  /** The learner's contacts; `strength` is the learner's tie to each (missing = 1). */
  contacts: { id: string; strength?: number }[];
  /** Contacts who know each other, undirected; `strength` missing = 1. */
  ties: { a: string; b: string; strength?: number }[];
}

const EGO = '\u0000ego';

/** A positive strength, or 1. */
function strengthOf(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 1;
}

/** The ego network as weighted adjacency, with each node's total tie strength, built once per calculation. */
interface Graph {
  contacts: string[];
  neighbours: Map<string, Map<string, number>>;
  totals: Map<string, number>;
  /** Distinct pairs of contacts who know each other. */
  tieCount: number;
}

function graphOf(net: EgoNetwork): Graph {
  const neighbours = new Map<string, Map<string, number>>([[EGO, new Map()]]);
  for (const contact of net.contacts) {
    if (neighbours.has(contact.id)) continue;
    neighbours.set(contact.id, new Map([[EGO, strengthOf(contact.strength)]]));
    neighbours.get(EGO)!.set(contact.id, strengthOf(contact.strength));
  }
  let tieCount = 0;
  for (const tie of net.ties) {
    if (tie.a === tie.b || tie.a === EGO || tie.b === EGO) continue;
    const a = neighbours.get(tie.a);
    const b = neighbours.get(tie.b);
    if (!a || !b) continue;
    if (!a.has(tie.b)) tieCount += 1;
    const strength = Math.max(strengthOf(tie.strength), a.get(tie.b) ?? 0);
    a.set(tie.b, strength);
    b.set(tie.a, strength);
  }
  const totals = new Map(
    [...neighbours].map(([node, ties]) => [node, [...ties.values()].reduce((sum, w) => sum + w, 0)]),
  );
  return { contacts: [...neighbours.get(EGO)!.keys()], neighbours, totals, tieCount };
}

/** p_xy: x's proportional tie strength to y. */
function proportional(graph: Graph, x: string, y: string): number {
  const total = graph.totals.get(x) ?? 0;
  return total === 0 ? 0 : (graph.neighbours.get(x)?.get(y) ?? 0) / total;
}

function effectiveSizeOf(graph: Graph): number {
  if (graph.contacts.length === 0) return Number.NaN;
  let size = 0;
  for (const j of graph.contacts) {
    const ties = graph.neighbours.get(j)!;
    const strongest = Math.max(...ties.values());
    let redundancy = 0;
    for (const [q, w] of ties) {
      if (q !== EGO) redundancy += proportional(graph, EGO, q) * (w / strongest);
    }
    size += 1 - redundancy;
  }
  return size;
}

function constraintPartsOf(graph: Graph): { id: string; constraint: number }[] {
  return graph.contacts
    .map((j) => {
      // Only contacts who know j add indirect constraint (p_qj is 0 for the rest).
      let indirect = 0;
      for (const q of graph.neighbours.get(j)!.keys()) {
        if (q !== EGO) indirect += proportional(graph, EGO, q) * proportional(graph, q, j);
      }
      return { id: j, constraint: (proportional(graph, EGO, j) + indirect) ** 2 };
    })
    .sort((a, b) => b.constraint - a.constraint);
}

/** Burt's effective size of the learner: how many contacts are non-redundant. NaN with no contacts. */
export function effectiveSize(net: EgoNetwork): number {
  return effectiveSizeOf(graphOf(net));
}

/** Burt's aggregate constraint of the learner (0 to 1; higher means more closed in). NaN with no contacts. */
export function constraint(net: EgoNetwork): number {
  const parts = constraintPartsOf(graphOf(net));
  return parts.length === 0 ? Number.NaN : parts.reduce((sum, part) => sum + part.constraint, 0);
}

/** Each contact's part c_ij of the learner's constraint, largest first: which ties lock the learner in. */
export function constraintByContact(net: EgoNetwork): { id: string; constraint: number }[] {
  return constraintPartsOf(graphOf(net));
}

/** Number of contacts (each id once). */
export function size(net: EgoNetwork): number {
  return new Set(net.contacts.map((contact) => contact.id)).size;
}

/** Number of distinct pairs of contacts who know each other. */
export function tieCount(net: EgoNetwork): number {
  return graphOf(net).tieCount;
}

/** Density among contacts: the share of possible pairs who know each other, 2t / (n(n−1)). NaN below 2 contacts. */
export function density(net: EgoNetwork): number {
  const graph = graphOf(net);
  const n = graph.contacts.length;
  return n < 2 ? Number.NaN : (2 * graph.tieCount) / (n * (n - 1));
}

/** Efficiency: effective size per contact, ES / n. NaN with no contacts. */
export function efficiency(net: EgoNetwork): number {
  const graph = graphOf(net);
  return graph.contacts.length === 0 ? Number.NaN : effectiveSizeOf(graph) / graph.contacts.length;
}

/** Every structural measure at once, sharing one pass over the network (what the audit page uses). */
export function structuralMeasures(net: EgoNetwork) {
  const graph = graphOf(net);
  const n = graph.contacts.length;
  const parts = constraintPartsOf(graph);
  const es = effectiveSizeOf(graph);
  return {
    size: n,
    ties: graph.tieCount,
    density: n < 2 ? Number.NaN : (2 * graph.tieCount) / (n * (n - 1)),
    effectiveSize: es,
    efficiency: n === 0 ? Number.NaN : es / n,
    constraint: n === 0 ? Number.NaN : parts.reduce((sum, part) => sum + part.constraint, 0),
    constraintByContact: parts,
  };
}
