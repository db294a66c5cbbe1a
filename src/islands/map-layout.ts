/**
 * The map's layout for the audit island, computed in a Web Worker (src/islands/layout.worker.ts) so that the page's
 * main thread stays free for typing, and only once there is somebody to draw and the map has come into view: the
 * layout code (d3-force) is not fetched before. Where a browser cannot start the worker, the layout is loaded with
 * import() and computed on the page instead, after the current task.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Tie } from '~/lib/network/audit';
import type { MapContact, NetworkLayout } from '~/lib/network/layout';

/** Whether an element has come into view (once true, it stays true). */
export function useInView(element: { current: Element | null }, when = true): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (seen || !when || !element.current) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(element.current);
    return () => observer.disconnect();
  }, [seen, when, element.current]);
  return seen;
}

let worker: Worker | null | undefined;

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker;
}

let requests = 0;

/**
 * The layout of these people and ties, or undefined until it is ready. `enabled` false (nobody to draw, or the map not
 * in view) starts nothing. A newer request replaces an older one still running: only the latest answer is used.
 */
export function useMapLayout(contacts: MapContact[], ties: Tie[], enabled: boolean): NetworkLayout | undefined {
  const [layout, setLayout] = useState<NetworkLayout | undefined>(undefined);
  const latest = useRef(0);
  const key = JSON.stringify([contacts.map((c) => [c.id, c.alias]), ties.map((t) => [t.a, t.b, t.strength])]);
  useEffect(() => {
    if (!enabled || contacts.length === 0) return;
    const request = ++requests;
    latest.current = request;
    const message = {
      request,
      contacts: contacts.map(({ id, alias }) => ({ id, alias })),
      ties: ties.map(({ a, b, strength }) => ({ a, b, strength })),
    };
    let current = true;
    const onPage = () =>
      void import('~/lib/network/layout').then(({ layoutNetwork }) => {
        if (current && latest.current === request) setLayout(layoutNetwork(message.contacts, message.ties));
      });
    const running = layoutWorker();
    if (!running) {
      onPage();
      return () => {
        current = false;
      };
    }
    const listen = (event: MessageEvent<{ request: number; layout: NetworkLayout }>) => {
      if (event.data.request !== request) return;
      stop();
      if (current && latest.current === request) setLayout(event.data.layout);
    };
    // A worker that cannot start (an old browser, a host that serves the file wrongly): lay out on the page.
    const failed = () => {
      stop();
      worker = null;
      onPage();
    };
    const stop = () => {
      running.removeEventListener('message', listen);
      running.removeEventListener('error', failed);
    };
    running.addEventListener('message', listen);
    running.addEventListener('error', failed);
    running.postMessage(message);
    return () => {
      current = false;
      stop();
    };
  }, [enabled, key]);
  return contacts.length === 0 ? undefined : layout;
}
