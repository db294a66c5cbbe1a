/**
 * The search dialog (src/components/SearchControl.astro), loaded when the learner shows they want to search
 * (src/scripts/site.ts). It loads Pagefind's small search script from the site (`pagefind/pagefind.js`, written at
 * build by src/integrations/search-index.ts), which fetches only the parts of the index a search needs; offline,
 * the service worker has them. Results are links that open the page at the matching section
 * (src/lib/search-results.ts picks them); everything found goes on the page as text, never as HTML.
 */
import {
  anyOf,
  excerptParts,
  matchesQuery,
  searchEntries,
  searchStatus,
  searchTerms,
  withEllipses,
  type FoundPage,
} from '~/lib/search-results';

/** Pagefind's browser API, the parts used here. */
interface Pagefind {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string) => Promise<Found>;
}

/** What a Pagefind search gives: the pages found, best first, each loaded on demand. */
interface Found {
  results: { id: string; score: number; data: () => Promise<FoundPage> }[];
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const form = dialog?.querySelector<HTMLFormElement>('[data-search-form]');
const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
const list = dialog?.querySelector<HTMLOListElement>('[data-search-results]');

const MAX_PAGES = 6;
const UNAVAILABLE =
  'Search could not be loaded just now. Check your connection and try again; once the course has been opened online, search works offline too.';

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded once (and again after a failure, so that a retry can succeed). */
function pagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
    await module.options({ baseUrl: base, excerptLength: 24 });
    return module;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

const say = (text: string) => {
  if (status && status.textContent !== text) status.textContent = text;
};

/**
 * One result: a link whose first line says where it is (the kind of page, and the page for a section) and whose
 * second names the section or the page, and the passage under it.
 */
function resultItem(entry: ReturnType<typeof searchEntries>[number]): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = entry.url;
  const kind = entry.kind && entry.kind !== entry.page ? entry.kind : undefined;
  const where = entry.section ? (kind ? `${kind} · ${entry.page}` : entry.page) : kind;
  if (where) {
    const page = document.createElement('span');
    page.className = 'result-page';
    page.textContent = where;
    link.append(page);
  }
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = entry.section ?? entry.page;
  link.append(title);
  // The two lines as one name, as a screen reader should say it: "Module 5 · Weak ties: Why weak ties bring news".
  if (where) link.setAttribute('aria-label', `${where}: ${title.textContent}`);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  for (const part of withEllipses(excerptParts(entry.excerpt), entry.section ?? entry.page, entry.place)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(link, excerpt);
  return item;
}

/** What a search found: the best pages (loaded), how many in all, the words searched for, and words no page has. */
interface Finding {
  pages: FoundPage[];
  total: number;
  searched: string;
  missing: string[];
  someWords: boolean;
}

/**
 * One Pagefind search, with its best pages loaded at once. Pagefind marks the words in a page's passage for the
 * search it ran last, so a page must be loaded before the next search starts, and searches never overlap (`turn`).
 */
async function searchNow(search: Pagefind, term: string, max = MAX_PAGES) {
  const { results } = await search.search(term);
  return { results, pages: await Promise.all(results.slice(0, max).map((result) => result.data())) };
}

/**
 * Find pages for `terms` (filler words already left out). Pagefind finds only pages that have every word, and for a
 * word no page has it searches a stand-in (see matchesQuery). So with several words each is first looked up alone:
 * words no page has are left out and named, and when no page has all the others, the pages with some of them are
 * shown. Null when a newer search has taken over (`current` says).
 */
async function find(search: Pagefind, terms: string, current: () => boolean): Promise<Finding | null> {
  const words = terms.split(' ');
  const known: string[] = [];
  const missing: string[] = [];
  if (words.length > 1)
    for (const word of words) {
      const { pages } = await searchNow(search, word, 1);
      if (!current()) return null;
      (pages[0] && matchesQuery(pages[0], word) ? known : missing).push(word);
    }
  const searched = missing.length > 0 ? known.join(' ') : terms;
  if (searched === '') return { pages: [], total: 0, searched, missing, someWords: false };
  const every = await searchNow(search, searched);
  if (every.results.length > 0 || known.length < 2)
    return { pages: every.pages, total: every.results.length, searched, missing, someWords: false };
  // No page has every word: the pages with some of them, each at its best score.
  const each = [];
  for (const word of known) {
    const { results, pages } = await searchNow(search, word);
    if (!current()) return null;
    each.push({ results, best: results.slice(0, MAX_PAGES).map((result, i) => ({ ...result, page: pages[i]! })) });
  }
  const pages = anyOf(each.map(({ best }) => best))
    .slice(0, MAX_PAGES)
    .map(({ page }) => page);
  return { pages, total: anyOf(each.map(({ results }) => results)).length, searched, missing, someWords: true };
}

/** The searches in order: each waits for the one before it to end (see searchNow). */
let turn: Promise<unknown> = Promise.resolve();
let latest = 0;

/** Search for `term` and show what is found; a newer search makes an older one's results go unused. */
async function search(term: string) {
  const run = ++latest;
  const current = () => run === latest;
  if (!list) return;
  if (term.trim() === '') {
    list.replaceChildren();
    say('');
    return;
  }
  const terms = searchTerms(term);
  let finding: Finding | null;
  try {
    const pagefindNow = await pagefind();
    // Fetch the index's parts while the learner may still be typing, then search once they pause.
    void pagefindNow.preload(terms).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (!current()) return;
    const next = turn.then(() => (current() ? find(pagefindNow, terms, current) : null));
    turn = next.catch(() => {});
    finding = await next;
  } catch {
    if (current()) say(UNAVAILABLE);
    return;
  }
  if (finding === null || !current()) return;
  const { pages: loaded, total, searched, missing, someWords } = finding;
  // Pages found only for a stand-in of a word typed are left out (see matchesQuery); when any is, the others found
  // are stand-ins too, so only the pages shown are counted.
  const pages = loaded.filter((page) => matchesQuery(page, searched));
  const entries = searchEntries(pages, searched);
  list.replaceChildren(...entries.map(resultItem));
  const pageCount = entries.length === 0 ? 0 : pages.length === loaded.length ? total : pages.length;
  say(searchStatus({ typed: term.trim(), searched, missing, someWords, pageCount, shownAtMost: MAX_PAGES }));
}

/** The result links, in order. */
const links = () => [...(list?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];

if (dialog && form && input && list) {
  input.addEventListener('input', () => void search(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value);
  });
  // Arrow keys move between the box and the results; Tab does too.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    if (all.length === 0) return;
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]!.focus();
  });
  // A result on this very page only moves within it: close the dialog so the passage can be seen.
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close();
  });
}

/**
 * Open the search dialog (src/scripts/site.ts has usually opened it already, so that typing could start at once),
 * load the index, and search for whatever is in the box.
 */
export function openSearch(): void {
  if (!dialog || !input) return;
  if (!dialog.open) dialog.showModal();
  if (document.activeElement !== input) input.focus();
  // Start loading the index now, so that the first words typed find something at once (a failure is said on search).
  void pagefind().catch(() => {});
  void search(input.value);
}
