/**
 * Drafts the network audit can start (module 9, "Words that open doors"): a reconnection note to each dormant tie
 * (no real conversation for three years or more, as in Levin, Walter and Murnighan's studies), and a thank-you with a
 * report back to each person who introduced you to two or more of your contacts (a broker, in Uzzi and Dunlap's
 * sense). The text follows the strong versions modelled in the lesson, with [brackets] where only the learner knows
 * what to say. A started draft becomes a row of the message-drafts worksheet (src/stores/message-drafts.ts).
 */
import type { Contact } from '~/lib/network/audit';
import { isDormant } from '~/lib/network/summary';

/** The kinds of message the audit can start; values of the worksheet's "kind" field. */
export type StarterKind = 'reconnect' | 'thanks';

/** A draft the audit can start for one person. */
export interface DraftStarter {
  /** Stable per person and kind, so the page can say a draft was already started. */
  key: string;
  kind: StarterKind;
  /** The name as written in the audit. */
  to: string;
  /** Why this person is offered, in a few words. */
  reason: string;
  /** The first draft. */
  text: string;
}

/** The opening text of a reconnection note to someone you have lost touch with. */
export function reconnectionDraft(name: string): string {
  return [
    `Hi ${name},`,
    `It has been a while since we [worked together on ...]. I am writing because [what you are working on or wondering about now], and you were the person I thought of, because [what you remember them knowing or doing].`,
    `Would you have twenty minutes for a call in the next few weeks? If now is a busy time, no problem at all.`,
    `[One thing you could offer, or news they would be glad to hear.]`,
  ].join('\n\n');
}

/** The opening text of a thank-you and report back to someone who introduced you to people. */
export function thanksDraft(name: string, introductions: number): string {
  return [
    `Hi ${name},`,
    `Thank you for introducing me to [names]. You have done it ${introductions} times now, and it has made a real difference: [what came of one introduction].`,
    `[What you did with it, or what happens next.] If I can return the favour, [one specific offer].`,
  ].join('\n\n');
}

/** Who introduced the learner to two or more contacts, with the count, most first (the audit's brokers). */
export function introducers(contacts: readonly Contact[]): { name: string; count: number }[] {
  const aliasById = new Map(contacts.map((contact) => [contact.id, contact.alias]));
  const counts = new Map<string, number>();
  for (const contact of contacts) {
    const by = contact.introducedBy?.trim();
    if (!by || by.toLowerCase() === 'me') continue;
    const name = (aliasById.get(by) ?? by).trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count >= 2)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Every draft the audit can start on `today` (YYYY-MM-DD): dormant ties first, then brokers. */
export function draftStarters(contacts: readonly Contact[], today: string): DraftStarter[] {
  const dormant = contacts
    .filter((contact) => contact.alias.trim() !== '' && isDormant(contact, today))
    .map((contact) => ({
      key: `reconnect:${contact.id}`,
      kind: 'reconnect' as const,
      to: contact.alias.trim(),
      reason: `last real conversation ${contact.lastConversation}`,
      text: reconnectionDraft(contact.alias.trim()),
    }));
  const brokers = introducers(contacts).map(({ name, count }) => ({
    key: `thanks:${name.toLowerCase()}`,
    kind: 'thanks' as const,
    to: name,
    reason: `introduced you to ${count} of your contacts`,
    text: thanksDraft(name, count),
  }));
  return [...dormant, ...brokers];
}
