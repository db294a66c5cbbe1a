/**
 * What the coach pages say when the coach's data cannot be used as usual: it could not be read (a copy of it is kept
 * aside, offered as a download, and nothing is deleted), it was saved by a newer version of the site (it is left as
 * it is), or this browser keeps nothing. Shared by /coach/ and /coach/clients/.
 */
import { useStore } from '@nanostores/preact';
import type { RecordProblem } from '~/stores/record-store';
import { $storageAvailable } from '~/stores/storage';
import { Notice } from '~/ui/Notice';

/** Offer a kept-aside copy of coach data as a file, as it was stored. */
export async function downloadCoachCopy(copy: { raw: string; keptAt: string }): Promise<void> {
  const { downloadFile } = await import('~/islands/download');
  downloadFile(
    `real-networking-coach-unreadable-${copy.keptAt.slice(0, 10) || 'copy'}.json`,
    copy.raw,
    'application/json',
  );
}

/** The notices for coach data that cannot be read, is newer, or is not kept by this browser. */
export function CoachDataNotices({ problem }: { problem: RecordProblem | null }) {
  const storageAvailable = useStore($storageAvailable);
  return (
    <>
      {!storageAvailable && (
        <Notice tone="warning" title="This browser is not keeping your coach data" role="status">
          <p>
            It is not letting this site save anything, which happens in private browsing or when site storage is turned
            off. Assignments you make and reports you add are gone when you close the window, and reports for an
            assignment made now cannot be opened later. Use a normal window.
          </p>
        </Notice>
      )}
      {problem?.kind === 'corrupt' && (
        <Notice tone="danger" title="Your saved coach data could not be read" role="alert">
          <p>
            {problem.reason} Nothing has been deleted: a copy of it is kept aside in this browser, and stays there when
            you add new clients or reports (and when you delete your coach data, unless you choose otherwise). Download
            it to keep it or to have it looked at; what you do here now starts afresh.
          </p>
          <button type="button" class="button button-quiet" onClick={() => void downloadCoachCopy(problem.copy)}>
            Download the unreadable coach data
          </button>
        </Notice>
      )}
      {problem?.kind === 'newer' && (
        <Notice tone="warning" title="Your coach data was saved by a newer version of the course" role="alert">
          <p>
            To keep it safe, this page will not change it: you cannot add reports or make assignments here until the
            site is updated. Reload the page to get the newer version; if this keeps happening, ask whoever hosts the
            course.
          </p>
        </Notice>
      )}
    </>
  );
}
