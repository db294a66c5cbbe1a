/**
 * Schemas for the course's authored content: what a lesson's frontmatter and a bibliography entry must hold.
 * Pure zod (from astro/zod) so unit tests can check them in node; src/content.config.ts wires them to collections.
 */
import { z } from 'astro/zod';

/** A non-empty line of text, trimmed. */
const line = z.string().trim().min(1, 'must not be empty');

/** The frontmatter of a lesson in content/lessons/*.mdx. */
export const lessonSchema = z.object({
  /** The lesson's title as the learner sees it at the top of the page and in the outline, e.g. "Audit your network". */
  title: line,
  /** One or two sentences on what the lesson covers, shown in the outline on the home page. */
  summary: line.max(320, 'keep the summary under 320 characters: it is shown in the outline'),
  /** The module number: the lesson's place in the course, 1 for the first. Each lesson has its own number. */
  module: z.number().int().positive(),
  /** About how many minutes the lesson takes, reading and worksheets together. */
  minutes: z.number().int().positive().max(240),
  /** What the learner will be able to do after the lesson, each starting with a verb ("Tell apart ..."). */
  objectives: z.array(line).min(1, 'list at least one learning objective'),
  /** The few points to remember, shown in a box after the lesson body. */
  takeaways: z.array(line).min(1, 'list at least one key takeaway'),
  /**
   * The sources the lesson cites, as keys of entries in content/references.bib (e.g. `kanter2009`).
   * Each entry there holds the author, title, year and link. content.config.ts checks that every key exists.
   */
  references: z.array(line).min(1, 'cite at least one source'),
  /** A draft is left out of the built site, the outline and previous/next links. */
  draft: z.boolean().default(false),
});

/** A lesson's frontmatter after validation. */
export type LessonData = z.infer<typeof lessonSchema>;

/** A person named as an author of a source. */
export const authorSchema = z.object({
  /** Family name, e.g. "Kanter". */
  family: line,
  /** Given names or initials, e.g. "Rosabeth Moss"; empty for an organisation. */
  given: z.string().default(''),
});

/** One source in content/references.bib, as parsed by src/lib/bibliography.ts. */
export const referenceSchema = z.object({
  /** The BibTeX key, e.g. `kanter2009`: what lessons cite. */
  id: line,
  /** The BibTeX entry type: article, book, online, report, ... */
  kind: z.enum(['article', 'book', 'online', 'report', 'incollection', 'misc']),
  /** The authors, in the order the source gives them. */
  authors: z.array(authorSchema).min(1, 'name at least one author'),
  /** The title exactly as published. */
  title: line,
  /** Year of publication, or "n.d." for an undated web page. */
  year: z.union([z.number().int().min(1900).max(2100), z.literal('n.d.')]),
  /** Where it appeared: the journal, the publisher, the website or the institution. */
  container: line.optional(),
  /** Journal volume. */
  volume: z.string().optional(),
  /** Journal issue number. */
  issue: z.string().optional(),
  /** Page range, e.g. "219–237". */
  pages: z.string().optional(),
  /** Edition of a book, e.g. "Updated and expanded". */
  edition: z.string().optional(),
  /** A note that ends the reference, in parentheses, e.g. "Original work published 1974" (BibTeX `note`). */
  note: z.string().optional(),
  /** A stable address: a DOI link or the publisher's page. Only where it is certain. */
  link: z.url().optional(),
});

/** One source after validation. */
export type Reference = z.infer<typeof referenceSchema>;

/** One entry of the glossary, content/glossary.yaml. */
export const glossarySchema = z.object({
  /** The term as it is listed, in lower case unless it is a name, e.g. "effective size". */
  term: line,
  /** A plain-words definition in one to three sentences, written for this course. */
  definition: line,
  /** Bibliography keys of the sources the concept comes from, e.g. [burt1992]. */
  sources: z.array(line).default([]),
  /** Ids of related glossary entries, shown as "See also". */
  related: z.array(line).default([]),
});

/** A glossary entry after validation. */
export type GlossaryEntry = z.infer<typeof glossarySchema>;

/**
 * How one lesson applies to a learner between jobs or changing field: content/situations.yaml, one entry per lesson,
 * shown by <YourSituation id="<lesson slug>" /> (src/lib/situation.ts).
 */
export const situationNotesSchema = z.object({
  /** For a learner between jobs and looking for work: what changes in this module, in two to five sentences. */
  'between-jobs': line,
  /** For a learner moving into a new field or career: what changes in this module, in two to five sentences. */
  'changing-field': line,
});

/** A lesson's notes for learners between jobs or changing field. */
export type SituationNotes = z.infer<typeof situationNotesSchema>;

/* ---------------------------------------------------------------------------------------------------------------
 * Worksheets: content/worksheets/<id>.yaml. One island renders any definition (src/islands/WorksheetIsland.tsx).
 * ------------------------------------------------------------------------------------------------------------- */

/** A field id: kebab-case, unique within its worksheet (or within its group's row). */
const fieldId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'use kebab-case letters, digits and hyphens, e.g. "broadcast-hours"');

/** What every field has. */
const fieldBase = {
  /** The field's id: where its answer is stored. Renaming it orphans earlier answers (they are kept, not shown). */
  id: fieldId,
  /** The question or prompt, shown as the field's label. */
  label: line,
  /** Help for anyone unsure what to enter, shown under the label. Every field has help. */
  help: line,
  /** A worksheet is complete when all its required fields are answered. */
  required: z.boolean().default(false),
};

/**
 * One choice of a single-choice, multiple-choice or checklist field. Strict: in YAML's `{ value: x, label: A, b }` an
 * unquoted comma cuts the label short and makes "b" a key of its own, so an unknown key fails the build (quote the
 * label).
 */
const optionSchema = z.strictObject({
  /** What is stored when this option is chosen; keep it stable once learners have answered. */
  value: fieldId,
  /** What the learner reads. */
  label: line,
  /**
   * For a "none of these" choice of a multiple-choice field: ticking it clears the other choices, and ticking another
   * clears it, so that an answer never says both.
   */
  exclusive: z.boolean().optional(),
});

/** A field that is not a group: it can stand on its own or inside a group's row. */
const simpleFieldSchema = z.discriminatedUnion('type', [
  /** One line of text. */
  z.object({ ...fieldBase, type: z.literal('short-text'), maxLength: z.number().int().positive().default(200) }),
  /** A paragraph or more. */
  z.object({ ...fieldBase, type: z.literal('long-text'), maxLength: z.number().int().positive().default(5000) }),
  /** A number, with optional bounds and a unit shown after it ("hours a week"). */
  z.object({
    ...fieldBase,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    step: z.number().positive().default(1),
    unit: z.string().optional(),
  }),
  /** A point on a scale from `min` to `max`, with labelled ends. */
  z.object({
    ...fieldBase,
    type: z.literal('scale'),
    min: z.number().int().default(1),
    max: z.number().int().default(5),
    minLabel: line,
    maxLabel: line,
  }),
  /** Exactly one of the options. */
  z.object({ ...fieldBase, type: z.literal('single-choice'), options: z.array(optionSchema).min(2) }),
  /** Any number of the options ("pick all that apply"). */
  z.object({ ...fieldBase, type: z.literal('multiple-choice'), options: z.array(optionSchema).min(2) }),
  /** Things to do, ticked off as they are done. Required means every item is ticked. */
  z.object({ ...fieldBase, type: z.literal('checklist'), options: z.array(optionSchema).min(1) }),
  /** A calendar date. */
  z.object({ ...fieldBase, type: z.literal('date') }),
]);

/** A repeating group: the learner adds, removes and reorders rows, each with the group's fields. */
const groupFieldSchema = z.object({
  ...fieldBase,
  type: z.literal('group'),
  /** What one row is called: "Person" gives "Person 1", "Person 2". */
  itemLabel: line,
  /** The fields of one row. Groups do not nest. */
  fields: z.array(simpleFieldSchema).min(1),
  /** Fewest rows for the group to count as answered when required (default 1). */
  minRows: z.number().int().min(0).default(0),
  /** Most rows the learner may add. */
  maxRows: z.number().int().positive().max(200).default(50),
});

/** Any worksheet field. */
export const worksheetFieldSchema = z.union([simpleFieldSchema, groupFieldSchema]);

/** A worksheet definition: content/worksheets/<id>.yaml, whose file name is the worksheet's id. */
export const worksheetSchema = z
  .object({
    /** The worksheet's title, e.g. "Where your networking time goes". */
    title: line,
    /** One or two sentences on what it is for and how long it takes. */
    intro: line,
    /** The fields, in order. */
    fields: z.array(worksheetFieldSchema).min(1),
  })
  .superRefine((worksheet, context) => {
    const checkUnique = (fields: { id: string }[], path: (string | number)[]) => {
      const seen = new Set<string>();
      fields.forEach((field, index) => {
        if (seen.has(field.id)) {
          context.addIssue({
            code: 'custom',
            message: `the field id "${field.id}" is used twice`,
            path: [...path, index, 'id'],
          });
        }
        seen.add(field.id);
      });
    };
    checkUnique(worksheet.fields, ['fields']);
    worksheet.fields.forEach((field, index) => {
      if (field.type === 'group') checkUnique(field.fields, ['fields', index, 'fields']);
    });
  });

/** A worksheet definition after validation. */
export type WorksheetDefinition = z.infer<typeof worksheetSchema>;
/** Any field of a worksheet. */
export type WorksheetField = z.infer<typeof worksheetFieldSchema>;

/* ---------------------------------------------------------------------------------------------------------------
 * Knowledge checks: content/checks/<lesson-slug>.yaml.
 * ------------------------------------------------------------------------------------------------------------- */

/** One answer option of a knowledge-check question. Strict, for the same reason as a worksheet's options. */
const checkOptionSchema = z.strictObject({
  /** The option as the learner reads it. */
  text: line,
  /** True for the one right answer. */
  correct: z.boolean().default(false),
  /** Why this option is right or not, shown once the learner has chosen it. Every option has one. */
  explanation: line,
});

/** A knowledge check: a few multiple-choice questions on one lesson. */
export const knowledgeCheckSchema = z.object({
  /** Shown as the check's heading, e.g. "Check your understanding". */
  title: line.default('Check your understanding'),
  /** The questions, in order (3 to 5). */
  questions: z
    .array(
      z
        .object({
          /**
           * The question's id, kebab-case, unique in the file: where the learner's answer is stored, by option position.
           * Give a question a new id when its options change or move, so an old answer never points at another option.
           */
          id: fieldId,
          /** The question. */
          prompt: line,
          /** Two to five options, exactly one of them correct. */
          options: z.array(checkOptionSchema).min(2).max(5),
        })
        .refine((question) => question.options.filter((option) => option.correct).length === 1, {
          message: 'mark exactly one option `correct: true`',
          path: ['options'],
        }),
    )
    .min(1),
});

/** A knowledge check after validation. */
export type KnowledgeCheckDefinition = z.infer<typeof knowledgeCheckSchema>;
