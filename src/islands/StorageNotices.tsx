/**
 * Notices about a record that cannot be used as usual: unreadable saved text (kept aside, offered as a download),
 * answers from a newer version of the site, or a browser that keeps nothing. Shared by every workbook island.
 */
import { useStore } from '@nanostores/preact';
import type { RecordProblem } from '~/stores/record-store';
import { $storageAvailable } from '~/stores/storage';
import { pathTo } from '~/lib/paths';
import { downloadFile } from '~/islands/download';
import { Notice } from '~/ui/Notice';

export function StorageNotices({ problem, what }: { problem: RecordProblem | null; what: string }) {
  const storageAvailable = useStore($storageAvailable);
  return (
    <>
      {!storageAvailable && (
        <Notice tone="warning" title="This browser is not keeping your answers" role="status">
          <p>
            It is not letting this site save anything, which happens in private browsing or when site storage is turned
            off. You can still fill this in for this visit, but your answers will be gone when you close the window.{' '}
            <a href={pathTo('workbook/')}>Export your workbook</a> before you leave.
          </p>
        </Notice>
      )}
      {problem?.kind === 'corrupt' && (
        <Notice tone="danger" title={`The saved ${what} could not be read`} role="alert">
          <p>
            {problem.reason} Nothing has been deleted: a copy of the saved text is kept in this browser. You can
            download it, and start again here; the copy stays until you delete all your data.
          </p>
          <button
            type="button"
            class="button button-quiet"
            onClick={() =>
              downloadFile(
                `real-networking-recovered-${problem.copy.name.replace(/[^a-z0-9-]+/gi, '-')}.txt`,
                problem.copy.raw,
              )
            }
          >
            Download the saved text
          </button>
        </Notice>
      )}
      {problem?.kind === 'newer' && (
        <Notice tone="warning" title={`The saved ${what} came from a newer version of the course`} role="alert">
          <p>
            To keep it safe, this page will not change it. Reload the page to get the newer version of the course; if
            this keeps happening, ask whoever hosts the course.
          </p>
        </Notice>
      )}
    </>
  );
}
