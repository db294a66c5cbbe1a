import { Notice } from '~/ui/Notice';

/** Said when code a click needs could not be loaded (offline, or the site changed since the page was opened). */
export function LoadProblemNotice() {
  return (
    <Notice tone="danger" title="That did not work" role="alert">
      <p>
        The part of the page that does this could not be loaded. Check your connection, then try again; if the site was
        just updated, reload the page. Nothing you saved has changed.
      </p>
    </Notice>
  );
}
