/**
 * The workbook as a Markdown document: progress, every answered worksheet, knowledge-check scores, and the
 * learner's own text kept as text (never turned into headings, lists or emphasis).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scoredCheck } from '~/lib/checks/score';
import { workbookMarkdown, type MarkdownInput } from '~/lib/workbook/markdown';
import type { ProgressRecord } from '~/lib/workbook/progress';
import type { CheckRecord, WorksheetRecord } from '~/lib/workbook/records';
import { exportFileName } from '~/lib/workbook/transfer';
import { worksheetSchema } from '~/schema';
import { auditCheck, reconnectionPlan, reflection } from '../fixtures/definitions';

const fixture = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/storage/v1/${name}.json`, import.meta.url), 'utf8')) as T;
const worksheet = fixture<WorksheetRecord>('worksheet');
const check = fixture<CheckRecord>('check');
const progress = fixture<ProgressRecord>('progress');

const lessons = [
  { slug: 'broadcasting-is-not-networking', module: 1, title: 'Broadcasting is not networking' },
  { slug: 'power-outside-the-hierarchy', module: 2, title: 'Power outside the hierarchy' },
  { slug: 'audit-your-network', module: 3, title: 'Audit your network' },
  { slug: 'weak-strong-and-dormant-ties', module: 4, title: 'Weak, strong and dormant ties' },
];

/** A realistic workbook: the v1 fixtures, one worksheet left empty and one knowledge check not tried. */
function input(overrides: Partial<MarkdownInput> = {}): MarkdownInput {
  return {
    now: new Date('2026-03-02T19:00:00.000Z'),
    worksheets: [
      { id: 'tie-portfolio', definition: reconnectionPlan, lesson: lessons[3] },
      { id: 'reflection', definition: reflection },
    ],
    answers: { 'tie-portfolio': worksheet.answers, reflection: {} },
    checks: [
      scoredCheck({ id: 'audit-your-network', definition: auditCheck, lesson: lessons[2] }),
      scoredCheck({ id: 'conversation-craft', definition: auditCheck }),
    ],
    // The v1 fixture's answers, as first tries (a learner who answered each question once).
    checkAnswers: { 'audit-your-network': { chosen: check.chosen, firstTry: check.chosen } },
    lessons,
    completed: progress.completed,
    courseName: 'Real Networking',
    ...overrides,
  };
}

/** A workbook with one worksheet of one long-text question answered with `text`. */
function oneAnswer(text: string, title = 'Notes') {
  const definition = worksheetSchema.parse({
    title,
    intro: 'Anything.',
    fields: [{ id: 'notes', type: 'long-text', label: 'Your notes', help: 'Anything.' }],
  });
  return workbookMarkdown(
    input({ worksheets: [{ id: 'notes', definition }], answers: { notes: { notes: text } }, checks: [], lessons: [] }),
  );
}

/** The lines of the document that hold the learner's answer (after the "Your notes" label). */
function answerLines(markdown: string): string[] {
  const lines = markdown.split('\n');
  const at = lines.findIndex((line) => line.startsWith('- **Your notes**'));
  const first = lines[at]!.replace('- **Your notes**', '');
  return first ? [first.replace(/^: /, '')] : lines.slice(at + 2, lines.indexOf('', at + 2));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('workbookMarkdown', () => {
  it('renders a realistic workbook as a readable document', () => {
    // A whole number of hours: a decimal one meets a bug of its own (below).
    const answers = { 'tie-portfolio': { ...worksheet.answers, hours: 3 } };
    expect(workbookMarkdown(input({ answers }))).toBe(
      [
        '# My Real Networking workbook',
        '',
        'Exported on Mon 2 Mar 2026.',
        '',
        '## Progress',
        '',
        '- Module 1, “Broadcasting is not networking”: complete (Tue 10 Feb 2026)',
        '- Module 2, “Power outside the hierarchy”: complete (Tue 17 Feb 2026)',
        '- Module 3, “Audit your network”: complete (Tue 24 Feb 2026)',
        '- Module 4, “Weak, strong and dormant ties”: not marked complete',
        '',
        '## Your tie portfolio and reconnection plan',
        '',
        '*From module 4, “Weak, strong and dormant ties”*',
        '',
        'In progress: 1 of 2 required questions answered. Still to answer: “Dormant ties to reconnect with”.',
        '',
        '- **What do you most need from your network?**: Settling into a new job or team',
        '- **Your goal in one line**: Find the people who really decide how planning works here',
        '- **What do you notice about your portfolio?**',
        '',
        '  My strong ties are all in the ward team.\\',
        '  Nobody brings me news from finance or IT.',
        '  ',
        '  \\# Next: ask J. about the planning committee',
        '',
        '- **Hours a week you can give to this**: 3 hours a week',
        '- **How confident are you about reaching out?**: 4 on a scale from 1 (Not at all) to 5 (Very)',
        '- **What do your ties give you?**: Introductions to other people; Advice or expertise',
        '- **When will you start?**: Mon 16 Mar 2026',
        '- **Reconnection steps**: I listed people I have been out of touch with; I drafted short messages',
        '- **Dormant ties to reconnect with**',
        '  - *Dormant tie 1*',
        '    - **Who**: R.K., project lead on the 2021 rota review',
        '    - **Why them**: Less close, but senior now and always reliable',
        '    - **By when**: Fri 20 Mar 2026',
        '    - **How strong was the tie?**: Weak',
        '  - *Dormant tie 2*',
        '    - **Who**: Sam (old flatmate, now in health IT)',
        '    - **How strong was the tie?**: Medium',
        '',
        // Every question asked shows: the optional ones left blank are named (a checklist partly ticked is not blank).
        'Optional, left blank: “One tie you will deepen”.',
        '',
        '## Knowledge checks',
        '',
        '- Module 3, Audit your network: 2 of 3 right first time.',
        '',
      ].join('\n'),
    );
  });

  it('has a heading for the document, for progress, for each answered worksheet and for knowledge checks', () => {
    const headings = workbookMarkdown(input())
      .split('\n')
      .filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# My Real Networking workbook',
      '## Progress',
      '## Your tie portfolio and reconnection plan',
      '## Knowledge checks',
    ]);
  });

  it('leaves out a worksheet with nothing answered', () => {
    expect(workbookMarkdown(input())).not.toContain(reflection.title);
  });

  it('names a worksheet that belongs to no lesson without a module line', () => {
    const markdown = workbookMarkdown(input({ answers: { reflection: { next: 'Ask J. for an introduction' } } }));
    expect(markdown).toContain('## A short reflection\n\n- **What will you try next?**: Ask J. for an introduction\n');
  });

  it('lists every lesson as not complete when nothing is marked', () => {
    const markdown = workbookMarkdown(input({ completed: {} }));
    expect(markdown.match(/: not marked complete$/gm)).toHaveLength(lessons.length);
  });

  describe('knowledge checks', () => {
    const answered = (chosen: Record<string, number>) => ({
      checkAnswers: { 'audit-your-network': { chosen, firstTry: chosen } },
    });
    it.each([
      ['every answer right', { 'self-introduction-flag': 0, 'find-the-broker': 0, 'structure-not-size': 0 }, 3],
      ['every answer wrong', { 'self-introduction-flag': 1, 'find-the-broker': 2, 'structure-not-size': 1 }, 0],
      [
        'an option number past the end of the options',
        { 'self-introduction-flag': 0, 'find-the-broker': 9, 'structure-not-size': 0 },
        2,
      ],
    ])('scores %s by first tries', (_case, chosen, right) => {
      const markdown = workbookMarkdown(input(answered(chosen)));
      expect(markdown).toContain(`- Module 3, Audit your network: ${right} of 3 right first time.\n`);
    });

    it('counts the first try, not an answer changed afterwards', () => {
      const markdown = workbookMarkdown(
        input({
          checkAnswers: {
            'audit-your-network': {
              chosen: { 'self-introduction-flag': 0, 'find-the-broker': 0, 'structure-not-size': 0 },
              firstTry: { 'self-introduction-flag': 1, 'find-the-broker': 0, 'structure-not-size': 2 },
            },
          },
        }),
      );
      expect(markdown).toContain('- Module 3, Audit your network: 1 of 3 right first time.\n');
    });

    it('says which questions are still to answer, and ignores questions no longer in the check', () => {
      const markdown = workbookMarkdown(input(answered({ 'retired-question': 0, 'find-the-broker': 0 })));
      expect(markdown).toContain('- Module 3, Audit your network: 1 of 1 right first time; 2 not answered yet.\n');
    });

    it('says honestly when first tries are not known (answers kept from before first tries were recorded)', () => {
      const markdown = workbookMarkdown(
        input({
          checkAnswers: {
            'audit-your-network': {
              chosen: { 'self-introduction-flag': 0, 'find-the-broker': 0 },
              firstTry: { 'self-introduction-flag': null, 'find-the-broker': null },
            },
          },
        }),
      );
      expect(markdown).toContain(
        '- Module 3, Audit your network: First tries not known: these answers were given before the course kept first tries. 2 of 3 right now.\n',
      );
    });

    it('names a check that belongs to no lesson by its id', () => {
      const markdown = workbookMarkdown(
        input({
          checkAnswers: {
            'conversation-craft': { chosen: { 'find-the-broker': 0 }, firstTry: { 'find-the-broker': 0 } },
          },
        }),
      );
      expect(markdown.slice(markdown.indexOf('## Knowledge checks'))).toBe(
        '## Knowledge checks\n\n- conversation-craft: 1 of 1 right first time; 2 not answered yet.\n',
      );
    });

    it('leaves out the section when no check was tried', () => {
      const markdown = workbookMarkdown(input(answered({})));
      expect(markdown).not.toContain('Knowledge checks');
    });
  });

  // BUG (src/lib/workbook/markdown.ts, escapeLine): the "numbered list" escape also fires on answers that only follow
  // a label, so a decimal number renders as "\\2.5 hours a week": "\\2" is not a Markdown escape, and the backslash
  // shows in the rendered document. (Text after "**label**: " cannot start a list, so it needs no such escape.)
  it.each([
    ['a decimal number', { hours: 2.5 }, '- **Hours a week you can give to this**: 2.5 hours a week'],
    [
      'text that starts with a year and a full stop',
      { 'one-line-goal': '2026. New job.' },
      '- **Your goal in one line**: 2026. New job.',
    ],
  ])('shows %s as the learner entered it, with no stray backslash', (_case, answers, line) => {
    expect(workbookMarkdown(input({ answers: { 'tie-portfolio': answers } })).split('\n')).toContain(line);
  });

  it('a tool line with rows keeps its own words too: a conversation’s purpose, a count', () => {
    const tools = [
      {
        id: 'conversations' as const,
        title: 'Conversation planner',
        lines: [
          {
            label: 'Conversation with Ama',
            text: 'Learn how *budgets* work',
            rows: [{ title: 'Plan and debrief', lines: [{ label: 'Question 1', text: 'Who decides?' }] }],
          },
          { label: 'Conversation with Ben', text: 'First line\nSecond line', rows: [] },
        ],
      },
    ];
    const lines = workbookMarkdown(input({ tools })).split('\n');
    const at = lines.indexOf('- **Conversation with Ama**: Learn how \\*budgets\\* work');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 3)).toEqual(['  - *Plan and debrief*', '    - **Question 1**: Who decides?']);
    const ben = lines.indexOf('- **Conversation with Ben**');
    expect(lines.slice(ben + 1, ben + 5)).toEqual(['', '  First line\\', '  Second line', '']);
  });

  it('says under each worksheet whether it is complete, and when not, which required questions are left', () => {
    const row = (id: string) => ({ id, values: { who: 'R.K.', 'by-when': '2026-03-20' } });
    const complete = { 'current-goal': 'support', dormant: [row('a'), row('b')] };
    const text = (answers: MarkdownInput['answers'][string]) =>
      workbookMarkdown(input({ answers: { 'tie-portfolio': answers } }));
    expect(text(complete)).toContain('\nComplete: every required question is answered.\n');
    expect(text({ 'one-line-goal': 'Meet people' })).toContain(
      '\nIn progress: 0 of 2 required questions answered. Still to answer: “What do you most need from your network?”, “Dormant ties to reconnect with” (needs at least 2 rows; 0 so far).\n',
    );
  });

  it('never has more than one blank line in a row, and ends with one newline', () => {
    const markdown = workbookMarkdown(input());
    expect(markdown).not.toMatch(/\n\n\n/);
    expect(markdown).toMatch(/[^\n]\n$/);
  });

  // BUG (src/lib/workbook/markdown.ts): "Exported on" (and each "complete (date)") is the UTC date, while the file it
  // is saved in is named by the local date (exportFileName). Evening in the Americas or morning in Asia/Oceania,
  // the document and its file name disagree about the day.
  it('dates the export by the same local day as its file name', () => {
    vi.stubEnv('TZ', 'Pacific/Auckland');
    const now = new Date('2026-03-02T19:00:00.000Z'); // 08:00 on 3 March in Auckland
    expect(exportFileName(now, 'md')).toContain('2026-03-03');
    expect(workbookMarkdown(input({ now }))).toContain('Exported on Tue 3 Mar 2026.');
  });
});

describe('workbookMarkdown: the learner’s text stays text', () => {
  it.each([
    ['a leading "#" (not a heading)', '# Not a heading', '\\# Not a heading'],
    ['"*" (not emphasis)', 'I *really* mean it', 'I \\*really\\* mean it'],
    ['a lone "*"', 'Rated 5* by everyone', 'Rated 5\\* by everyone'],
    ['"_" (not emphasis)', 'see __init__ and _this_', 'see \\_\\_init\\_\\_ and \\_this\\_'],
    ['a link', '[click here](https://example.com)', '\\[click here\\](https://example.com)'],
    ['HTML', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['backticks', 'run `rm -rf`', 'run \\`rm -rf\\`'],
    ['a backslash', 'C:\\Users\\ama', 'C:\\\\Users\\\\ama'],
    ['plain words', 'Ask J. about the committee (soon)', 'Ask J. about the committee (soon)'],
  ])('in a one-line answer: %s', (_case, text, expected) => {
    expect(answerLines(oneAnswer(text))).toEqual([expected]);
  });

  it.each([
    ['a heading', ['Notes', '# Heading'], ['Notes', '\\# Heading']],
    ['a level-two heading', ['Goals:', '## Goals'], ['Goals:', '\\## Goals']],
    ['a dash list', ['- call Ann', '- email Bo'], ['\\- call Ann', '\\- email Bo']],
    ['a plus list', ['+ item', '+ another'], ['\\+ item', '\\+ another']],
    ['a quotation', ['She said:', '> what she said'], ['She said:', '\\> what she said']],
    ['a thematic break', ['Before', '---', 'After'], ['Before', '\\---', 'After']],
    ['emphasis across lines', ['*bold', 'claim*'], ['\\*bold', 'claim\\*']],
    ['an indented "#"', ['Notes', '   # still mine'], ['Notes', '   \\# still mine']],
  ])('in a multi-line answer: %s', (_case, lines, expected) => {
    // Every line but the last ends in a hard break, so that a Markdown reader keeps the lines apart.
    expect(answerLines(oneAnswer(lines.join('\n')))).toEqual(
      expected.map((line, index) => `  ${line}${index < expected.length - 1 ? '\\' : ''}`),
    );
  });

  it('in a multi-line answer: a numbered list "1." does not become a list', () => {
    const lines = answerLines(oneAnswer('1. call Ann\n2. email Bo'));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toMatch(/^\s*\d+\.\s/);
  });

  it('escapes a worksheet title too, so it stays one heading', () => {
    expect(oneAnswer('x', 'Give *and* get <ledger>')).toContain('## Give \\*and\\* get \\<ledger\\>\n');
  });

  // BUG (src/lib/workbook/markdown.ts, escapeLine): only "1." is treated as a list marker; CommonMark also treats
  // "1)" as one, and a line of "=" under a line of text turns that text into a heading (a setext heading).
  it.each([
    ['a numbered list written "1)"', ['Plan', '1) call Ann'], /^\s*\d+\)/],
    ['a line underlined with "="', ['My goals', '==='], /^\s*=+\s*$/],
  ])('in a multi-line answer, %s is escaped', (_case, lines, structure) => {
    for (const line of answerLines(oneAnswer(lines.join('\n')))) expect(line).not.toMatch(structure);
  });

  // BUG (src/lib/workbook/markdown.ts, escapeLine): "1." is escaped as "\1." (the backslash before the digit), but a
  // backslash escapes only punctuation, so the rendered document shows "\1. call Ann". "1\." is the escape.
  it('in a multi-line answer, a numbered list is escaped without a backslash that shows when rendered', () => {
    expect(answerLines(oneAnswer('1. call Ann\n2. email Bo'))).toEqual(['  1\\. call Ann\\', '  2\\. email Bo']);
  });
});
