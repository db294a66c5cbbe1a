/**
 * Build-time checks of the course as a whole: every lesson teaches and leaves the learner with something done
 * (objectives, takeaways, sources, a worksheet or tool, a knowledge check), every glossary link and citation resolves,
 * every source and term is used, and no passage repeats the source article or research brief.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseBibliography } from '~/lib/bibliography';
import { checkIdsIn, termIdsIn, worksheetIdsIn } from '~/lib/lesson-source';
import { countWords } from '~/lib/reading-time';

const root = resolve(import.meta.dirname, '../..');
const content = join(root, 'content');

interface LessonFile {
  file: string;
  data: {
    title: string;
    module: number;
    draft?: boolean;
    objectives: string[];
    takeaways: string[];
    references: string[];
  };
  body: string;
}

const lessons: LessonFile[] = readdirSync(join(content, 'lessons'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(join(content, 'lessons', file), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    return { file, data: parse(frontmatter), body };
  })
  .filter((lesson) => !lesson.data.draft);

const glossary: { id: string; sources?: string[]; related?: string[] }[] = parse(
  readFileSync(join(content, 'glossary.yaml'), 'utf8'),
);
const bibliography = new Set(
  parseBibliography(readFileSync(join(content, 'references.bib'), 'utf8')).map((entry) => entry.id),
);
const tools = ['NetworkAudit', 'GiveGetLedger', 'ConversationPlanner', 'RampPlan'];
const situations: { id: string }[] = parse(readFileSync(join(content, 'situations.yaml'), 'utf8'));

describe('the course', () => {
  it('has its ten modules published, numbered 1 to 10', () => {
    expect(lessons.map((lesson) => lesson.data.module).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe.each(lessons.map((lesson) => [lesson.file, lesson] as const))('%s', (_file, lesson) => {
  it('has learning objectives, key takeaways and at least one source', () => {
    expect(lesson.data.objectives.length).toBeGreaterThan(0);
    expect(lesson.data.takeaways.length).toBeGreaterThan(0);
    expect(lesson.data.references.length).toBeGreaterThan(0);
  });

  it('has a worksheet or a tool, and a knowledge check', () => {
    const hasTool = tools.some((tool) => new RegExp(`<${tool}\\b`).test(lesson.body));
    expect(worksheetIdsIn(lesson.body).length > 0 || hasTool).toBe(true);
    expect(checkIdsIn(lesson.body).length).toBe(1);
  });

  it('places only worksheets and checks that exist, and each check has 3 to 5 questions', () => {
    for (const id of worksheetIdsIn(lesson.body))
      expect(existsSync(join(content, 'worksheets', `${id}.yaml`)), id).toBe(true);
    for (const id of checkIdsIn(lesson.body)) {
      const file = join(content, 'checks', `${id}.yaml`);
      expect(existsSync(file), id).toBe(true);
      const questions = parse(readFileSync(file, 'utf8')).questions as unknown[];
      expect(questions.length).toBeGreaterThanOrEqual(3);
      expect(questions.length).toBeLessThanOrEqual(5);
    }
  });

  it('says how it applies to a learner between jobs or changing field, from its own entry in content/situations.yaml', () => {
    const slug = lesson.file.replace(/\.mdx$/, '');
    const ids = [...lesson.body.matchAll(/<YourSituation\s+id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual([slug]);
    expect(situations.some((entry) => entry.id === slug)).toBe(true);
  });

  it('is 1,200 to 2,000 words of prose', () => {
    const words = countWords(lesson.body);
    expect(words).toBeGreaterThanOrEqual(1200);
    // countWords also counts the words inside component tags' text (asides, examples), which are prose; allow for
    // the tool and worksheet tags' few words.
    expect(words).toBeLessThanOrEqual(2050);
  });

  it('links every glossary term it marks to an entry', () => {
    const known = new Set(glossary.map((entry) => entry.id));
    for (const id of termIdsIn(lesson.body)) expect(known.has(id), `<Term id="${id}">`).toBe(true);
  });

  it('cites only sources in the bibliography', () => {
    for (const key of lesson.data.references) expect(bibliography.has(key), key).toBe(true);
  });
});

describe('the notes for learners between jobs or changing field', () => {
  it('has one entry per published lesson and no other', () => {
    const slugs = lessons.map((lesson) => lesson.file.replace(/\.mdx$/, '')).sort();
    expect(situations.map((entry) => entry.id).sort()).toEqual(slugs);
  });
});

describe('the glossary', () => {
  const used = new Set(lessons.flatMap((lesson) => termIdsIn(lesson.body)));
  it.each(glossary.map((entry) => [entry.id, entry] as const))(
    '%s is used in a lesson, and its links resolve',
    (id, entry) => {
      expect(used.has(id), `no lesson marks <Term id="${id}">`).toBe(true);
      for (const source of entry.sources ?? []) expect(bibliography.has(source), source).toBe(true);
      for (const related of entry.related ?? [])
        expect(
          glossary.some((other) => other.id === related),
          related,
        ).toBe(true);
    },
  );
});

describe('the bibliography', () => {
  const cited = new Set(lessons.flatMap((lesson) => lesson.data.references));
  it.each([...bibliography].map((key) => [key]))('%s is cited by a lesson', (key) => {
    expect(cited.has(key)).toBe(true);
  });
});

const originality = join(root, '..', 'shared', 'tools', 'originality');
describe.runIf(existsSync(originality))('originality', () => {
  it('no passage of 8 or more words repeats the source article or the research brief', () => {
    const output = execFileSync(originality, [content], { encoding: 'utf8' });
    expect(output).toMatch(/ 0 repeated passage/);
  });
});
