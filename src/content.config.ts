/**
 * The course's content collections, loaded from ../content (authored material lives outside src/).
 * Schemas and their field-by-field documentation are in src/schema.ts.
 */
import { readFileSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseBibliography } from '~/lib/bibliography';
import {
  glossarySchema,
  knowledgeCheckSchema,
  lessonSchema,
  referenceSchema,
  situationNotesSchema,
  worksheetSchema,
} from '~/schema';

const bibliographyFile = 'content/references.bib';

/** The keys in the bibliography, so a citation of a missing key fails the build with the lesson and the key. */
const bibliographyKeys = new Set(parseBibliography(readFileSync(bibliographyFile, 'utf8')).map((entry) => entry.id));

/** A list of bibliography keys, each checked against content/references.bib. */
const citations = z.array(
  z.string().refine((key) => bibliographyKeys.has(key), {
    error: (issue) => `"${String(issue.input)}" is not a key in ${bibliographyFile}`,
  }),
);

/** Every lesson: content/lessons/<slug>.mdx. The file name is the lesson's address, /lessons/<slug>/. */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema.extend({ references: citations.min(1, 'cite at least one source') }),
});

/** The bibliography: one entry per source in content/references.bib. */
const references = defineCollection({
  loader: file(bibliographyFile, { parser: parseBibliography }),
  schema: referenceSchema.omit({ id: true }),
});

/** The glossary: every term the course uses, linked from its first use in each lesson with <Term>. */
const glossary = defineCollection({
  loader: file('content/glossary.yaml'),
  schema: glossarySchema.extend({
    sources: citations.default([]),
    related: z.array(reference('glossary')).default([]),
  }),
});

/** Worksheet definitions: content/worksheets/<id>.yaml; a lesson places one with <Worksheet id="...">. */
const worksheets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/worksheets' }),
  schema: worksheetSchema,
});

/** Knowledge checks: content/checks/<lesson-slug>.yaml; a lesson places one with <KnowledgeCheck id="...">. */
const checks = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/checks' }),
  schema: knowledgeCheckSchema,
});

/** How each lesson applies to learners between jobs or changing field: content/situations.yaml, by lesson slug. */
const situations = defineCollection({
  loader: file('content/situations.yaml'),
  schema: situationNotesSchema,
});

export const collections = { lessons, references, glossary, worksheets, checks, situations };
