/**
 * Site search: after the build, Pagefind indexes the main content of every page that asks for it
 * (`data-pagefind-body`, set by src/layouts/Base.astro) and writes the index to `pagefind/`. Each glossary entry is
 * a record of its own, so that a search for a term leads straight to its definition on the glossary page. The
 * browser loads the index only when the learner shows they want to search (src/scripts/site.ts), a few kilobytes at
 * a time; the service worker (src/integrations/offline.ts, which runs after this) precaches it for offline use.
 * Pagefind's own search interfaces are not used (src/scripts/search-dialog.ts draws the results), so their files
 * are removed.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';

/** The glossary, as src/content.config.ts loads it (the build has checked it by the time this runs). */
const glossaryFile = 'content/glossary.yaml';

/** Every glossary entry's id, term and definition. */
async function glossaryEntries(root: URL): Promise<{ id: string; term: string; definition: string }[]> {
  const entries = parse(await readFile(new URL(glossaryFile, root), 'utf8')) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${glossaryFile} is not a list of entries`);
  return entries.map((entry: { id?: unknown; term?: unknown; definition?: unknown }) => {
    if (typeof entry.id !== 'string' || typeof entry.term !== 'string' || typeof entry.definition !== 'string')
      throw new Error(`${glossaryFile}: an entry has no id, term or definition`);
    return { id: entry.id, term: entry.term, definition: entry.definition };
  });
}

/** Files Pagefind writes for interfaces this site does not use. */
const unusedFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Builds the search index after the build. */
export function searchIndex(): AstroIntegration {
  let root: URL;
  return {
    name: 'real-networking:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = join(outDir, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const terms = await glossaryEntries(root);
          for (const entry of terms) {
            // Addresses without the base, like the pages' own: the search adds the base to every result.
            const record = await index.addCustomRecord({
              url: `/glossary/#${entry.id}`,
              content: `${entry.term}. ${entry.definition}`,
              language: 'en',
              meta: { title: entry.term, kind: 'Glossary' },
            });
            if (record.errors.length > 0) throw new Error(record.errors.join('; '));
          }
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          for (const file of await readdir(outputPath)) if (unusedFiles.test(file)) await rm(join(outputPath, file));
          logger.info(`search index: ${added.page_count} pages, ${terms.length} glossary entries`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
