/**
 * The one script every page loads, kept to a few hundred bytes because a lesson page may run only 3 KB of JavaScript
 * at load. It loads search (src/scripts/search-dialog.ts, then the index) only when the learner shows they want it:
 * focus on or a press of the search button, or the "/" key outside a text field. It registers the service worker
 * (src/integrations/offline.ts) once the page has loaded, and when a new version of the site has been installed
 * beside the running one, loads the message that lets the learner choose when to reload
 * (src/scripts/update-notice.ts). Nothing else loads until it is needed. Bundled apart from Vite
 * (src/integrations/browser-scripts.ts), so that loading on demand costs no preload helper.
 */
import { searchDialog, updateNotice } from 'virtual:browser-scripts';
import { offline } from 'virtual:site-config';

// Ends in a slash: src/integrations/browser-scripts.ts defines it so.
const base = import.meta.env.BASE_URL;
const workers = navigator.serviceWorker;

type SearchDialog = typeof import('./search-dialog');
type UpdateNotice = typeof import('./update-notice');

const loadSearch = () => import(searchDialog) as Promise<SearchDialog>;
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
/** Open the dialog at once, with the cursor in the box, so that nothing typed is lost while its code loads. */
const openSearch = () => {
  if (dialog && !dialog.open) {
    dialog.showModal();
    dialog.querySelector('input')?.select();
  }
  loadSearch().then(
    ({ openSearch }) => openSearch(),
    () => {
      const status = dialog?.querySelector('[role=status]');
      if (status) status.textContent = 'Search could not be loaded: try again later.';
    },
  );
};
const searchButton = document.querySelector('[data-search-open]');
// Focus alone fetches the code, so that it is there by the time the button is pressed.
searchButton?.addEventListener('focus', () => void loadSearch().catch(() => {}), { once: true });
searchButton?.addEventListener('click', () => void openSearch());
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  // A slash typed into an answer is part of the answer.
  if ((event.target as Element).closest?.('input,textarea,select,[contenteditable]')) return;
  event.preventDefault();
  void openSearch();
});

/** Show the update message: a worker is waiting while an older one controls this page. */
const tell = (registration: ServiceWorkerRegistration) => {
  if (workers.controller)
    void (import(updateNotice) as Promise<UpdateNotice>).then(({ showUpdate }) => showUpdate(registration));
};

/** Tell the learner once `worker`, a new version being installed, is ready. */
const follow = (registration: ServiceWorkerRegistration, worker: ServiceWorker | null) =>
  worker?.addEventListener('statechange', () => {
    if (worker.state === 'installed') tell(registration);
  });

if (offline && workers) {
  addEventListener('load', () => {
    workers.register(`${base}sw.js`, { scope: base }).then(
      (registration?: ServiceWorkerRegistration) => {
        // Some browsers' settings (and automated ones) leave registration empty: the site works online as before.
        if (!registration) return;
        if (registration.waiting) tell(registration);
        else follow(registration, registration.installing);
        registration.addEventListener('updatefound', () => follow(registration, registration.installing));
      },
      // No offline copy (a private window, a browser that forbids it): the site works as before, online.
      () => {},
    );
  });
}
