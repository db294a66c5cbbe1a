/**
 * What a lesson's MDX source places: glossary terms, worksheets, knowledge checks. Read from the source text so
 * pages and build checks can list them without rendering the lesson.
 */

/** The `id` of every <Component id="..."> in an MDX source, in order of first use, without repeats. */
export function componentIds(source: string, component: string): string[] {
  const pattern = new RegExp(`<${component}\\s+id=["']([^"']+)["']`, 'g');
  return [...new Set([...source.matchAll(pattern)].map((match) => match[1]!))];
}

/** Glossary terms a lesson marks with <Term id="...">. */
export const termIdsIn = (source: string) => componentIds(source, 'Term');
/** Worksheets a lesson places with <Worksheet id="...">. */
export const worksheetIdsIn = (source: string) => componentIds(source, 'Worksheet');
/** Knowledge checks a lesson places with <KnowledgeCheck id="...">. */
export const checkIdsIn = (source: string) => componentIds(source, 'KnowledgeCheck');
