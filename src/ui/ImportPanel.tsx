/**
 * Importing a workbook file: choose a file, see exactly what will change, choose merge or replace, optionally
 * download a backup first, then confirm. Presentational: the workbook island runs the steps. Focus follows the
 * steps: onto the preview when it opens, and back to the file chooser when it closes (imported or cancelled).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { dateTimeInWords } from '~/lib/date-words';
import type { ImportMode, PlannedChange } from '~/lib/workbook/transfer';

/** Where the import is. */
export type ImportStep =
  | { step: 'choose' }
  | { step: 'error'; message: string }
  | {
      step: 'preview';
      fileName: string;
      exportedAt: string;
      plans: Record<ImportMode, PlannedChange[]>;
      mode: ImportMode;
    }
  | { step: 'done'; message: string };

const actionWords: Record<PlannedChange['action'], string> = {
  add: 'Added from the file',
  update: 'Replaced by the file’s copy',
  combine: 'Combined: items from both are kept',
  keep: 'Kept as it is here',
  same: 'Already the same',
  remove: 'Removed',
  untouched: 'Not changed: a newer version of the course saved it here',
  'too-many': 'Kept as it is here: both together hold more than this tool keeps',
};

/** Whether each kind of planned change alters this browser's copy (the others are listed only to say so). */
const changesHere: Record<PlannedChange['action'], boolean> = {
  add: true,
  update: true,
  combine: true,
  keep: false,
  same: false,
  remove: true,
  untouched: false,
  'too-many': false,
};

export interface ImportPanelProps {
  state: ImportStep;
  /** A readable name for a storage name ("Worksheet: Where your networking time goes"). */
  describe: (name: string) => string;
  onFile: (file: File) => void;
  onMode: (mode: ImportMode) => void;
  onBackup: () => void;
  onConfirm: () => void;
  onCancel: () => void;
  /** True until the page can read a file (before the island has hydrated). */
  disabled?: boolean;
}

export function ImportPanel({
  state,
  describe,
  onFile,
  onMode,
  onBackup,
  onConfirm,
  onCancel,
  disabled = false,
}: ImportPanelProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const previewWasOpen = useRef(false);
  // A file just chosen, on its way to its preview: the picker keeps its name.
  const choosing = useRef(false);
  useLayoutEffect(() => {
    // The preview takes focus; after it, or after a refused file (read out by its alert), focus is back on the file
    // picker, to choose another. A layout effect moves focus as the step is drawn, not a frame later, so a key pressed
    // at once reaches what is on screen (an effect left a moment where focus went back after a button was focused).
    if (state.step === 'preview') previewHeading.current?.focus();
    else if (previewWasOpen.current || state.step === 'error') fileInput.current?.focus();
    // The picker names the file while its preview is open; after, it is emptied, so the same file can be chosen again.
    const leftPreview = previewWasOpen.current && state.step !== 'preview' && !choosing.current;
    if ((leftPreview || state.step === 'error') && fileInput.current) fileInput.current.value = '';
    if (state.step === 'preview' || state.step === 'error') choosing.current = false;
    previewWasOpen.current = state.step === 'preview';
  }, [state.step]);
  return (
    <div class="import-panel">
      <label class="field-label" for="import-file">
        Import a workbook file
      </label>
      <p class="field-help" id="import-file-help">
        Choose a .json file this course exported, for example from another browser. You will see what changes before
        anything does.
      </p>
      <input
        ref={fileInput}
        id="import-file"
        type="file"
        accept=".json,application/json"
        aria-describedby="import-file-help"
        disabled={disabled}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (!file) return;
          choosing.current = true;
          onFile(file);
        }}
      />
      <div aria-live="polite">
        {state.step === 'error' && (
          <div class="notice notice-danger" role="alert">
            <p class="notice-title">This file was not imported</p>
            <p>{state.message}</p>
          </div>
        )}
        {state.step === 'done' && (
          <div class="notice notice-info" role="status">
            <p class="notice-title">Imported</p>
            <p>{state.message}</p>
          </div>
        )}
      </div>
      {state.step === 'preview' && (
        <section class="import-preview panel" aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading" tabIndex={-1} ref={previewHeading}>
            What importing {state.fileName} will do
          </h3>
          <p class="meta">Exported on {dateTimeInWords(state.exportedAt)}. Nothing has changed yet.</p>
          <fieldset class="field field-choices">
            <legend class="field-label">How to combine it with what is here</legend>
            <div class="choices">
              <label class="choice">
                <input
                  type="radio"
                  name="import-mode"
                  checked={state.mode === 'merge'}
                  onChange={() => onMode('merge')}
                />
                <span>
                  <strong>Merge</strong>: lessons marked complete, ledger entries, conversation plans and assignments
                  from both are kept; for each worksheet, knowledge check, the network audit and the ramp plan, the copy
                  changed more recently is kept whole.
                </span>
              </label>
              <label class="choice">
                <input
                  type="radio"
                  name="import-mode"
                  checked={state.mode === 'replace'}
                  onChange={() => onMode('replace')}
                />
                <span>
                  <strong>Replace</strong>: make this browser hold exactly what the file holds.
                </span>
              </label>
            </div>
          </fieldset>
          <table>
            <caption class="visually-hidden">Changes the import will make</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">What happens</th>
              </tr>
            </thead>
            <tbody>
              {state.plans[state.mode].map((change) => (
                <tr key={change.name}>
                  <td>{describe(change.name)}</td>
                  <td>{actionWords[change.action]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {state.plans[state.mode].some((change) => changesHere[change.action]) ? (
            <>
              <p>
                <button type="button" class="button button-quiet" onClick={onBackup}>
                  First, download a backup of what is here now
                </button>
              </p>
              <p class="button-row">
                <button type="button" class="button" onClick={onConfirm}>
                  Import ({state.mode})
                </button>
                <button type="button" class="button button-quiet" onClick={onCancel}>
                  Cancel
                </button>
              </p>
            </>
          ) : (
            <>
              <p class="notice notice-info">
                {state.mode === 'merge' ? 'Merging' : 'Replacing with'} this file would change nothing here: this
                browser already holds everything in it{state.mode === 'merge' ? ', or a newer copy' : ''}.
              </p>
              <p class="button-row">
                <button type="button" class="button button-quiet" onClick={onCancel}>
                  Close
                </button>
              </p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
