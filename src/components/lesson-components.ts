/**
 * The MDX vocabulary lessons may use without importing anything: <Example>, <Aside>, <Term>, <Worksheet>,
 * <KnowledgeCheck>, <NetworkAudit>.
 * Add a component here to make it available to every lesson, and document it in README ("Writing a lesson").
 */
import Aside from '~/components/Aside.astro';
import Example from '~/components/Example.astro';
import KnowledgeCheck from '~/components/KnowledgeCheck.astro';
import NetworkAudit from '~/components/NetworkAudit.astro';
import Term from '~/components/Term.astro';
import Worksheet from '~/components/Worksheet.astro';

export const lessonComponents = { Aside, Example, KnowledgeCheck, NetworkAudit, Term, Worksheet };
