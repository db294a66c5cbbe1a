/**
 * Everything the learner answered about one person in the audit, in words, for the printed workbook and the Markdown
 * export: every answered question in the page's order, and nothing for a question left blank. (The CSV export,
 * src/lib/network/csv.ts, keeps a column for every question instead.)
 */
import { dayInWords } from '~/lib/date-words';
import {
  ACCESS,
  ALLIANCES,
  FREQUENCY,
  HOW_MET,
  LEVELS,
  NETWORK_TYPES,
  POWER_LINES,
  SIDES,
  labelOf,
  type Choice,
  type Contact,
} from '~/lib/network/audit';
import { PERSON_QUESTIONS, introductionInWords, introductionOf, isAnswered } from '~/lib/network/answers';
import { signed } from '~/lib/words';

type Question = (typeof PERSON_QUESTIONS)[number];

/** Each question's short name, as a heading for its answer. */
export const PERSON_ANSWER_LABELS: Record<Question, string> = {
  introducedBy: 'Introduced by',
  howMet: 'How you met',
  side: 'Inside or outside',
  field: 'Function or field',
  level: 'Level',
  networkType: 'Kind',
  alliances: 'Ally',
  lines: 'Lines of power',
  access: 'What you hear from them',
  frequency: 'How often in touch',
  closeness: 'Closeness',
  lastConversation: 'Last real conversation',
  energy: 'Energy',
  giveGet: 'Give and get',
};

/** A tick-box answer: "none of these" when answered with nothing ticked. */
const ticked = (choices: readonly Choice[], values: readonly string[]) =>
  values.length === 0 ? 'none of these' : values.map((value) => labelOf(choices, value)).join('; ');

function answerInWords(contact: Contact, question: Question, contacts: readonly Contact[]): string {
  switch (question) {
    case 'introducedBy': {
      const introduction = introductionOf(contact, contacts);
      return introduction.kind === 'someone' && introduction.name === ''
        ? 'someone not on my list'
        : introductionInWords(introduction);
    }
    case 'howMet':
      return labelOf(HOW_MET, contact.howMet);
    case 'side':
      return labelOf(SIDES, contact.side);
    case 'field':
      return contact.field!.trim();
    case 'level':
      return labelOf(LEVELS, contact.level);
    case 'networkType':
      return labelOf(NETWORK_TYPES, contact.networkType);
    case 'alliances':
      return ticked(ALLIANCES, contact.alliances!);
    case 'lines':
      return ticked(POWER_LINES, contact.lines!);
    case 'access':
      return ticked(ACCESS, contact.access!);
    case 'frequency':
      return labelOf(FREQUENCY, contact.frequency);
    case 'closeness':
      return `${contact.closeness} (1 an acquaintance, 5 very close)`;
    case 'lastConversation':
      return dayInWords(contact.lastConversation!);
    case 'energy':
      return `${signed(contact.energy!)} (−2 usually drains me, +2 usually energises me)`;
    case 'giveGet':
      return `${signed(contact.giveGet!)} (−2 I mostly take, +2 I mostly give)`;
  }
}

/** Every answered question about a contact, as a label and the answer in words. */
export function personInWords(contact: Contact, contacts: readonly Contact[]): { label: string; text: string }[] {
  return PERSON_QUESTIONS.filter((question) => isAnswered(contact, question)).map((question) => ({
    label: PERSON_ANSWER_LABELS[question],
    text: answerInWords(contact, question, contacts),
  }));
}
