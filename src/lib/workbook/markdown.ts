/**
 * The workbook as a Markdown document that reads well on its own: every answered worksheet with its questions,
 * knowledge-check results and course progress.
 */
import { checkScore, scoreSentence, type CheckAnswers, type ScoredCheck } from '~/lib/checks/score';
import { dateInWords } from '~/lib/dates';
import { answerOutline, type AnswerLine } from '~/lib/workbook/answer-outline';
import { completionOf, isAnswered, type Answer } from '~/lib/workbook/answers';
import { tooFewRows } from '~/lib/workbook/rows';
import type { ToolOutline } from '~/lib/workbook/tool-outline';
import type { WorksheetDefinition } from '~/schema';

/** A worksheet as the workbook lists it: its definition and the lesson that holds it. */
export interface WorkbookWorksheet {
  id: string;
  definition: WorksheetDefinition;
  lesson?: { slug: string; module: number; title: string } | undefined;
}

/** Everything the Markdown export needs. */
export interface MarkdownInput {
  now: Date;
  worksheets: WorkbookWorksheet[];
  answers: Record<string, Record<string, Answer>>;
  /** The knowledge checks' scoring keys, with their titles (src/lib/checks/score.ts). */
  checks: ScoredCheck[];
  /** Each check's answers by check id: what is chosen now and the first tries the score counts. */
  checkAnswers: Record<string, CheckAnswers>;
  lessons: { slug: string; module: number; title: string }[];
  completed: Record<string, string>;
  /** The tools' sections (src/lib/workbook/tool-outline.ts). */
  tools?: ToolOutline[];
  /** The course's name as site.config.ts gives it, for the document's title. */
  courseName?: string;
}

/** Keep the learner's text from turning into Markdown formatting: emphasis, links, code, HTML. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/**
 * Keep a line of the learner's text that starts a Markdown line from turning into structure: headings ("#"),
 * quotations (">"), lists ("-", "+", "1." and "1)"), breaks and underlines ("---", "===").
 */
function escapeLineStart(text: string): string {
  return escapeInline(text)
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * An answer of several lines, indented under its label. Each line that another follows ends in a hard break ("\\"),
 * so that a Markdown reader keeps the learner's lines apart rather than run them into one paragraph; an empty line
 * stays a paragraph break.
 */
function textBlock(text: string, indent: string): string[] {
  const lines = text.split('\n');
  return lines.map((line, index) => {
    const next = lines[index + 1];
    const hardBreak = line.trim() !== '' && next !== undefined && next.trim() !== '';
    return `${indent}  ${escapeLineStart(line)}${hardBreak ? '\\' : ''}`;
  });
}

function renderLines(lines: AnswerLine[], depth = 0): string[] {
  const indent = '  '.repeat(depth);
  const out: string[] = [];
  for (const line of lines) {
    if (line.rows) {
      // A line with rows can have words of its own too (a conversation's purpose, how many entries in all).
      if (line.text.includes('\n')) {
        out.push(`${indent}- **${escapeInline(line.label)}**`, '');
        out.push(...textBlock(line.text, indent), '');
      } else {
        out.push(`${indent}- **${escapeInline(line.label)}**${line.text ? `: ${escapeInline(line.text)}` : ''}`);
      }
      for (const row of line.rows) {
        out.push(`${indent}  - *${row.title}*`);
        out.push(...renderLines(row.lines, depth + 2));
      }
    } else if (line.text.includes('\n')) {
      out.push(`${indent}- **${escapeInline(line.label)}**`, '');
      out.push(...textBlock(line.text, indent), '');
    } else {
      out.push(`${indent}- **${escapeInline(line.label)}**: ${escapeInline(line.text).replace(/^#/, '\\#')}`);
    }
  }
  return out;
}

/**
 * Whether a worksheet is complete, in a sentence, with the required questions still to answer (a reader of the
 * document sees only what was answered); nothing for a worksheet that requires nothing.
 */
function completionLine(definition: WorksheetDefinition, answers: Record<string, Answer>): string {
  const completion = completionOf(definition, answers);
  if (completion.requiredTotal === 0) return '';
  if (completion.complete) return 'Complete: every required question is answered.';
  const missing = definition.fields
    .filter((field) => field.required && !isAnswered(field, answers[field.id]))
    .map((field) => `“${escapeInline(field.label)}”${tooFewRows(field, answers[field.id])}`);
  return `In progress: ${completion.requiredAnswered} of ${completion.requiredTotal} required questions answered. Still to answer: ${missing.join(', ')}.`;
}

/**
 * The optional questions with nothing written or chosen, so that the document shows every question asked (the lines
 * above hold each question that has something); nothing when there are none.
 */
function optionalBlankLine(definition: WorksheetDefinition, lines: AnswerLine[]): string {
  const shown = new Set(lines.map((line) => line.label));
  const blank = definition.fields
    .filter((field) => !field.required && !shown.has(field.label))
    .map((field) => `“${escapeInline(field.label)}”`);
  return blank.length > 0 ? `Optional, left blank: ${blank.join(', ')}.` : '';
}

/** The Markdown document. */
export function workbookMarkdown(input: MarkdownInput): string {
  const out: string[] = [
    `# My ${input.courseName ? `${escapeInline(input.courseName)} ` : ''}workbook`,
    '',
    `Exported on ${dateInWords(input.now)}.`,
    '',
    '## Progress',
    '',
  ];
  for (const lesson of input.lessons) {
    const done = input.completed[lesson.slug];
    out.push(
      // The title in quotes: some have a colon of their own.
      `- Module ${lesson.module}, “${escapeInline(lesson.title)}”: ${done ? `complete (${dateInWords(done)})` : 'not marked complete'}`,
    );
  }
  out.push('');
  for (const worksheet of input.worksheets) {
    const lines = answerOutline(worksheet.definition, input.answers[worksheet.id] ?? {});
    if (lines.length === 0) continue;
    out.push(`## ${escapeInline(worksheet.definition.title)}`, '');
    if (worksheet.lesson) {
      out.push(`*From module ${worksheet.lesson.module}, “${escapeInline(worksheet.lesson.title)}”*`, '');
    }
    const status = completionLine(worksheet.definition, input.answers[worksheet.id] ?? {});
    if (status) out.push(status, '');
    out.push(...renderLines(lines), '');
    const blank = optionalBlankLine(worksheet.definition, lines);
    if (blank) out.push(blank, '');
  }
  for (const tool of input.tools ?? []) {
    out.push(`## ${escapeInline(tool.title)}`, '', ...renderLines(tool.lines), '');
  }
  const scored = input.checks
    .map((check) => ({ check, score: checkScore(check.questions, input.checkAnswers[check.id] ?? null) }))
    .filter(({ score }) => score.answered > 0);
  if (scored.length > 0) {
    out.push('## Knowledge checks', '');
    for (const { check, score } of scored) {
      out.push(`- ${check.title}: ${scoreSentence(score)}`);
    }
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
