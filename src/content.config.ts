/**
 * The course's content collections, loaded from ../content (authored material lives outside src/).
 * Schemas and their field-by-field documentation are in src/schema.ts.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseBibliography } from '~/lib/bibliography';
import { glossarySchema, lessonSchema, referenceSchema } from '~/schema';

/** Every lesson: content/lessons/<slug>.mdx. The file name is the lesson's address, /lessons/<slug>/. */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  // A cited key that is not in the bibliography fails the build, naming the lesson and the key.
  schema: lessonSchema.extend({ references: z.array(reference('references')).min(1, 'cite at least one source') }),
});

/** The bibliography: one entry per source in content/references.bib. */
const references = defineCollection({
  loader: file('content/references.bib', { parser: parseBibliography }),
  schema: referenceSchema.omit({ id: true }),
});

/** The glossary: every term the course uses, linked from its first use in each lesson with <Term>. */
const glossary = defineCollection({
  loader: file('content/glossary.yaml'),
  schema: glossarySchema.extend({
    sources: z.array(reference('references')).default([]),
    related: z.array(reference('glossary')).default([]),
  }),
});

export const collections = { lessons, references, glossary };
