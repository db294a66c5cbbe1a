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

/** The interactive tools a lesson can place, by component name, with the name the learner sees. */
export const TOOLS = {
  NetworkAudit: 'Network audit',
  GiveGetLedger: 'Give/get ledger',
  ConversationPlanner: 'Conversation planner',
  RampPlan: '26-week ramp plan',
} as const;

/** The names of the tools a lesson places (<NetworkAudit />, ...), in the order of TOOLS. */
export function toolsIn(source: string): string[] {
  return Object.entries(TOOLS)
    .filter(([component]) => new RegExp(`<${component}\\b`).test(source))
    .map(([, name]) => name);
}
