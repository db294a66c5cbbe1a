/**
 * The `client:split` directive (src/scripts/client-split.ts): the island's code is loaded first, and it hydrates only
 * after the browser has had a turn (a timer), never in the same task as the code's evaluation.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import split from '~/scripts/client-split';

afterEach(() => {
  vi.useRealTimers();
});

describe('client:split', () => {
  it('hydrates after a timer, not in the task that loaded the code', async () => {
    vi.useFakeTimers();
    const steps: string[] = [];
    const hydrate = vi.fn(async () => {
      steps.push('hydrated');
    });
    const load = vi.fn(async () => {
      steps.push('loaded');
      return hydrate;
    });
    const done = Promise.resolve(split(load, { name: 'split', value: '' }, {} as HTMLElement));
    // Every pending promise settles, but no timer runs: the code is loaded, and the island is not hydrated yet.
    for (let turn = 0; turn < 20; turn += 1) await Promise.resolve();
    expect(steps).toEqual(['loaded']);
    await vi.runAllTimersAsync();
    await done;
    expect(steps).toEqual(['loaded', 'hydrated']);
    expect(hydrate).toHaveBeenCalledOnce();
  });
});
