/**
 * A malformed lesson, worksheet or knowledge check must fail the build with a message that names the file and the field, so an author can fix it.
 * Runs `astro sync` (which validates every collection entry) on a temporary copy of the project.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'real-networking-sync-'));
  for (const entry of [
    'src',
    'content',
    'public',
    'astro.config.mjs',
    'site.config.ts',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Run `astro sync` in the copy with one extra lesson; return what it printed and whether it failed. */
function syncWithLesson(frontmatter: string): { failed: boolean; output: string } {
  return syncWithFile(
    'content/lessons/zz-broken.mdx',
    `---
${frontmatter}
---

Some text.
`,
  );
}

const valid = {
  title: 'title: A broken lesson',
  summary: 'summary: For the test.',
  module: 'module: 99',
  minutes: 'minutes: 10',
  objectives: 'objectives: [Do a thing]',
  takeaways: 'takeaways: [A thing]',
  references: 'references: [kanter2009]',
};
const frontmatter = (changes: Partial<Record<keyof typeof valid, string | null>>) =>
  Object.entries({ ...valid, ...changes })
    .filter(([, line]) => line !== null)
    .map(([, line]) => line)
    .join('\n');

describe('a malformed lesson fails the build, naming the file and the field', () => {
  it('passes with well-formed frontmatter (the copy itself is sound)', () => {
    const result = syncWithLesson(frontmatter({}));
    expect(result.output).not.toMatch(/does not match collection schema/);
    expect(result.failed).toBe(false);
  }, 120_000);

  it.each([
    ['a missing title', { title: null }, 'title'],
    ['minutes that are not a number', { minutes: 'minutes: soon' }, 'minutes'],
    ['no learning objectives', { objectives: 'objectives: []' }, 'objectives'],
    ['a citation missing from the bibliography', { references: 'references: [nobody1999]' }, 'nobody1999'],
  ])(
    '%s',
    (_name, changes, field) => {
      const result = syncWithLesson(frontmatter(changes));
      expect(result.failed).toBe(true);
      expect(result.output).toContain('zz-broken');
      expect(result.output).toContain(field);
    },
    120_000,
  );
});

/** Run `astro sync` in the copy with one extra file at `path` (relative to the copy); remove it afterwards. */
function syncWithFile(path: string, text: string): { failed: boolean; output: string } {
  const file = join(copy, path);
  writeFileSync(file, text);
  try {
    const output = execFileSync(join(root, 'node_modules/.bin/astro'), ['sync'], {
      cwd: copy,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return { failed: false, output };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${stdout}\n${stderr}` };
  } finally {
    rmSync(file, { force: true });
  }
}

describe('a malformed worksheet or knowledge check fails the build, naming the file and the field', () => {
  it.each([
    [
      'a worksheet field of an unknown type',
      'content/worksheets/zz-broken.yaml',
      'title: Broken\nintro: For the test.\nfields:\n  - { id: x, type: slider, label: X, help: Y }\n',
      'fields',
    ],
    [
      'a worksheet field with no help text',
      'content/worksheets/zz-broken.yaml',
      'title: Broken\nintro: For the test.\nfields:\n  - { id: name, type: short-text, label: Name }\n',
      'help',
    ],
    [
      'a worksheet option whose label an unquoted comma cut short',
      'content/worksheets/zz-broken.yaml',
      'title: Broken\nintro: For the test.\nfields:\n  - id: where\n    type: single-choice\n    label: Where?\n    help: Pick one.\n    options:\n      - { value: sent, label: Sent }\n      - { value: replied, label: Sent, and they replied }\n',
      'and they replied',
    ],
    [
      'a knowledge-check question with two right answers',
      'content/checks/zz-broken.yaml',
      'questions:\n  - id: q\n    prompt: Which?\n    options:\n      - { text: A, correct: true, explanation: Yes }\n      - { text: B, correct: true, explanation: Also }\n',
      'options',
    ],
  ])(
    '%s',
    (_name, path, text, field) => {
      const result = syncWithFile(path, text);
      expect(result.failed).toBe(true);
      expect(result.output).toContain('zz-broken');
      expect(result.output).toContain(field);
    },
    120_000,
  );
});
