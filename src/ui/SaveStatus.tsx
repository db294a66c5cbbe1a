/**
 * The quiet line under a worksheet that says whether its answers are saved. It is a polite live region, so assistive
 * technology announces a change of state ("Saved in this browser", "Not saved: ..."), not every keystroke.
 */
export type SaveState =
  { kind: 'idle' } | { kind: 'saved' } | { kind: 'not-saved'; message: string } | { kind: 'read-only' };

export function SaveStatus({ state, onDownload }: { state: SaveState; onDownload?: (() => void) | undefined }) {
  return (
    <div class={`save-status save-status-${state.kind}`}>
      <p role="status" aria-live="polite">
        {state.kind === 'idle' && 'Your answers save as you type, in this browser only.'}
        {state.kind === 'saved' && 'Saved in this browser.'}
        {state.kind === 'not-saved' && `Not saved: ${state.message}`}
        {state.kind === 'read-only' && 'Not saved: these answers belong to a newer version of the course.'}
      </p>
      {state.kind === 'not-saved' && onDownload && (
        <button type="button" class="button" onClick={onDownload}>
          Download my workbook now
        </button>
      )}
    </div>
  );
}
