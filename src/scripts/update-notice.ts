/**
 * "A new version is ready": shown when a new deploy's service worker has installed beside the one that serves this
 * page. Loaded only then (src/scripts/site.ts). The open page keeps working on the old version for as long as the
 * learner likes; "Reload now" hands over to the new version and reloads. Answers are saved in this browser as they
 * are typed, so a reload loses nothing. Other open tabs of the course are told that they are now on an older page.
 */
const region = () => document.querySelector<HTMLElement>('[data-update-notice]');

/** Fill the notice with a message and its buttons; returns the region, or undefined on a page without one. */
function draw(message: string, actions: [label: string, act: () => void][]): HTMLElement | undefined {
  const notice = region();
  if (!notice) return undefined;
  const text = document.createElement('p');
  text.textContent = message;
  const row = document.createElement('p');
  row.className = 'button-row';
  for (const [label, act] of actions) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = row.childElementCount === 0 ? 'button' : 'button button-quiet';
    button.textContent = label;
    button.addEventListener('click', act);
    row.append(button);
  }
  const box = document.createElement('div');
  box.className = 'update-notice';
  box.append(text, row);
  notice.replaceChildren(box);
  return notice;
}

/** Put the notice away and give focus back to the page, so that a keyboard user is not left on nothing. */
function dismiss() {
  const notice = region();
  if (!notice) return;
  const hadFocus = notice.contains(document.activeElement);
  notice.replaceChildren();
  if (hadFocus) document.querySelector<HTMLElement>('#main')?.focus();
}

let reloading = false;
let listening = false;

/** Tell the learner that `registration` has a new version waiting, and let them choose when to use it. */
export function showUpdate(registration: ServiceWorkerRegistration): void {
  if (!listening) {
    listening = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloading) window.location.reload();
      else
        draw(
          'This course was updated in another tab. Reload this page to use the new version; your answers are saved.',
          [['Reload now', () => window.location.reload()]],
        );
    });
  }
  draw('A new version of this course is ready. Your answers are saved in this browser and stay as they are.', [
    [
      'Reload now',
      () => {
        reloading = true;
        const waiting = registration.waiting;
        // Already taken over (another tab chose first): just reload onto it.
        if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
        else window.location.reload();
      },
    ],
    ['Later', dismiss],
  ]);
}
