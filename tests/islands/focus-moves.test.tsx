// @vitest-environment happy-dom
/**
 * Focus moves with the step it belongs to, as that step is drawn (a layout effect), never a frame later: with a
 * deferred effect, a button focused by the learner (or a test) in between lost focus to the heading, and the Enter
 * meant for "Import (merge)" went nowhere. Rendering with preact's own `render` (no act()) shows the difference:
 * layout effects have run when it returns, deferred effects have not.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlannedChange } from '~/lib/workbook/transfer';
import { ImportPanel, type ImportStep } from '~/ui/ImportPanel';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const nothing = () => {};
const show = (state: ImportStep) =>
  render(
    <ImportPanel
      state={state}
      describe={(name) => name}
      onFile={nothing}
      onMode={nothing}
      onBackup={nothing}
      onConfirm={nothing}
      onCancel={nothing}
    />,
    root,
  );

const change: PlannedChange = { name: 'real-networking:ledger', action: 'add' };
const preview: ImportStep = {
  step: 'preview',
  fileName: 'workbook.json',
  exportedAt: '2026-11-30T10:00:00.000Z',
  plans: { merge: [change], replace: [change] },
  mode: 'merge',
};

describe('the import panel moves focus as a step is drawn', () => {
  it('onto the preview heading when the preview opens', () => {
    show({ step: 'choose' });
    show(preview);
    expect(document.activeElement?.textContent).toBe('What importing workbook.json will do');
  });

  it('and a button focused right after keeps focus: nothing takes it back later', async () => {
    show({ step: 'choose' });
    show(preview);
    const confirm = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Import (merge)')!;
    confirm.focus();
    await new Promise((resolve) => setTimeout(resolve, 50)); // past any deferred effect
    expect(document.activeElement).toBe(confirm);
  });

  it('back to the file picker after a refused file', () => {
    show({ step: 'choose' });
    show({ step: 'error', message: 'This file is empty.' });
    expect(document.activeElement?.id).toBe('import-file');
  });
});
