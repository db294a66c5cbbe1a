/**
 * The network map's layout, off the page's main thread: a thin wrapper round layoutNetwork
 * (src/lib/network/layout.ts), so that typing in the audit never waits for a map of 150 people. Each message is one
 * request, `{ request, contacts, ties }`; the answer carries the same `request` number, so the page can drop answers
 * that a newer request has overtaken.
 */
import { layoutNetwork, type MapContact } from '~/lib/network/layout';
import type { Tie } from '~/lib/network/audit';

/** What the page asks for. */
export interface LayoutRequest {
  request: number;
  contacts: MapContact[];
  ties: Tie[];
}

// The worker's global scope, typed here rather than through the webworker lib, which clashes with the DOM's.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  const { request, contacts, ties } = event.data;
  scope.postMessage({ request, layout: layoutNetwork(contacts, ties) });
};
