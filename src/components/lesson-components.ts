/**
 * The MDX vocabulary lessons may use without importing anything: <Example>, <Aside>, <Term>, <Figure>, <Worksheet>,
 * <KnowledgeCheck>, <NetworkAudit>, <GiveGetLedger>, <ConversationPlanner>, <RampPlan>, <MessageStarters>,
 * <YourSituation>.
 * Add a component here to make it available to every lesson, and document it in README ("Writing a lesson").
 */
import Aside from '~/components/Aside.astro';
import ConversationPlanner from '~/components/ConversationPlanner.astro';
import Example from '~/components/Example.astro';
import Figure from '~/components/Figure.astro';
import GiveGetLedger from '~/components/GiveGetLedger.astro';
import KnowledgeCheck from '~/components/KnowledgeCheck.astro';
import MessageStarters from '~/components/MessageStarters.astro';
import NetworkAudit from '~/components/NetworkAudit.astro';
import RampPlan from '~/components/RampPlan.astro';
import Term from '~/components/Term.astro';
import Worksheet from '~/components/Worksheet.astro';
import YourSituation from '~/components/YourSituation.astro';

export const lessonComponents = {
  Aside,
  ConversationPlanner,
  Example,
  Figure,
  GiveGetLedger,
  KnowledgeCheck,
  MessageStarters,
  NetworkAudit,
  RampPlan,
  Term,
  Worksheet,
  YourSituation,
};
