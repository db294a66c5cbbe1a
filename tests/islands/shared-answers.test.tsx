// @vitest-environment happy-dom
/**
 * One question, one answer, in the islands: module 7's worksheet and the ramp plan on one page show one start date;
 * changing either changes both, and it is stored once, in the worksheet's record. An older start saved only in the
 * ramp plan is moved there.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { worksheetSchema } from '~/schema';
import { loadRampIslands, storedJson, worksheetKey } from './harness';

const readiness = worksheetSchema.parse(
  parse(readFileSync(resolve(import.meta.dirname, '../../content/worksheets/ramp-readiness.yaml'), 'utf8')),
);
const now = '2026-03-01T10:00:00.000Z';

afterEach(() => cleanup());

describe('the ramp start', () => {
  it('typed in the worksheet shows in the ramp plan, and the plan’s change shows in the worksheet: one stored answer', async () => {
    const { RampPlanIsland, WorksheetIsland, backend } = await loadRampIslands();
    render(
      <>
        <WorksheetIsland worksheetId="ramp-readiness" definition={readiness} />
        <RampPlanIsland />
      </>,
    );
    const inWorksheet = (await screen.findByLabelText(/When do your 26 weeks start\?/)) as HTMLInputElement;
    fireEvent.input(inWorksheet, { target: { value: '2026-03-02' } });
    const inPlan = (await screen.findByLabelText('First day of week 1')) as HTMLInputElement;
    await waitFor(() => expect(inPlan.value).toBe('2026-03-02'));
    fireEvent.input(inPlan, { target: { value: '2026-03-09' } });
    await waitFor(() => expect(inWorksheet.value).toBe('2026-03-09'));
    expect(storedJson<{ answers: Record<string, unknown> }>(backend, worksheetKey('ramp-readiness'))!.answers).toEqual({
      'start-date': '2026-03-09',
    });
    expect(storedJson<Record<string, unknown>>(backend, 'real-networking:ramp')?.['startDate']).toBeUndefined();
  });

  it('the worksheet says the answer is shared with the ramp plan', async () => {
    const { WorksheetIsland } = await loadRampIslands();
    render(<WorksheetIsland worksheetId="ramp-readiness" definition={readiness} />);
    const box = await screen.findByLabelText(/When do your 26 weeks start\?/);
    const help = document.getElementById(box.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(help.textContent).toContain('One answer with the ramp plan: change it in either place.');
  });

  it('a start saved only in the ramp plan by an earlier version is moved to the worksheet', async () => {
    const { RampPlanIsland, backend } = await loadRampIslands({
      'real-networking:ramp': JSON.stringify({ v: 1, updatedAt: now, startDate: '2026-02-02', checkIns: {} }),
    });
    render(<RampPlanIsland />);
    await waitFor(() =>
      expect(
        storedJson<{ answers: Record<string, unknown> }>(backend, worksheetKey('ramp-readiness'))?.answers,
      ).toEqual({
        'start-date': '2026-02-02',
      }),
    );
    expect(storedJson<Record<string, unknown>>(backend, 'real-networking:ramp')!['startDate']).toBeUndefined();
    expect(((await screen.findByLabelText('First day of week 1')) as HTMLInputElement).value).toBe('2026-02-02');
  });
});
