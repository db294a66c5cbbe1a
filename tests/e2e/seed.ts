/**
 * Stored data for end-to-end tests that start from a learner's state (a returning visit): audits of four, twelve
 * and 150 people, written as the site stores them, and a helper that puts them in the browser before the page loads.
 */
import type { Page } from '@playwright/test';
import { generatedPeople, generatedTies } from '../fixtures/networks';

const now = new Date().toISOString();
const KINDS = ['operational', 'personal', 'strategic'] as const;

/** Every pair of these people not joined by a tie, answered "do not know each other". */
function apartAll(ids: string[], ties: { a: string; b: string }[]) {
  const tied = new Set(ties.map((t) => [t.a, t.b].sort().join('|')));
  const apart: { a: string; b: string }[] = [];
  ids.forEach((a, i) =>
    ids.slice(i + 1).forEach((b) => {
      const [x, y] = [a, b].sort() as [string, string];
      if (!tied.has(`${x}|${y}`)) apart.push({ a: x, b: y });
    }),
  );
  return apart;
}

/** An audit record of version 2. */
const audit = (contacts: unknown[], ties: unknown[] = [], apart: unknown[] = [], setup = {}) => ({
  v: 2,
  updatedAt: now,
  setup,
  contacts,
  ties,
  apart,
  snapshots: [],
});

/** Four people entered by name, nothing else. */
export const fourNames = () => ({ 'real-networking:audit': audit(generatedPeople(4)) });

/** Twelve people: every question answered for the first six, who knows whom answered among them. */
export const twelveHalfAnswered = () => {
  const people = generatedPeople(12).map((person, i) =>
    i < 6
      ? {
          ...person,
          introducedBy: i % 3 === 0 ? 'me' : 'c1',
          side: i % 2 === 0 ? 'inside' : 'outside',
          networkType: KINDS[i % 3],
          closeness: 1 + (i % 5),
          energy: i === 4 ? -2 : i === 2 ? -1 : 1,
        }
      : person,
  );
  // Who knows whom answered among the first six only: the other pairs are still open.
  const firstSix = people.slice(0, 6).map((p) => p.id);
  const among = generatedTies(12, 2).filter((t) => firstSix.includes(t.a) && firstSix.includes(t.b));
  return {
    'real-networking:audit': audit(people, among, apartAll(firstSix, among), { situation: 'new-in-role' }),
  };
};

/** A network of `n` generated people with every pair answered. */
export const generated = (n: number, seed = 1) => {
  const people = generatedPeople(n).map((person, i) => ({ ...person, networkType: KINDS[i % 3], closeness: 3 }));
  const ties = generatedTies(n, seed);
  return {
    'real-networking:audit': audit(
      people,
      ties,
      apartAll(
        people.map((p) => p.id),
        ties,
      ),
    ),
  };
};

/** Put stored records in the browser, from a blank page of the site, before the page under test loads. */
export async function seed(page: Page, records: Record<string, unknown>): Promise<void> {
  await page.goto('/about/');
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, JSON.stringify(value));
  }, records);
}

/** Everything the site stores, to compare before and after. */
export async function stored(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key !== 'real-networking:meta') out[key] = localStorage.getItem(key)!;
    }
    return out;
  });
}
