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
