/**
 * Every answer about a person, in words, for the printed workbook and the Markdown export: each answered question
 * once, in the page's order, and nothing for a blank.
 */
import { describe, expect, it } from 'vitest';
import { newContact, type Contact } from '~/lib/network/audit';
import { PERSON_QUESTIONS } from '~/lib/network/answers';
import { PERSON_ANSWER_LABELS, personInWords } from '~/lib/network/person-words';

const full: Contact = {
  ...newContact('c1', 'Ama'),
  introducedBy: 'c2',
  howMet: 'introduced',
  side: 'inside',
  field: '  finance ',
  level: 'higher',
  networkType: 'strategic',
  alliances: ['sponsor'],
  lines: ['supply', 'information'],
  access: [],
  frequency: 'monthly',
  closeness: 4,
  lastConversation: '2026-11-02',
  energy: -1,
  giveGet: 0,
};
const ben = newContact('c2', 'Ben');

describe('a person’s answers in words', () => {
  it('gives every question answered, in the order the page asks them', () => {
    expect(personInWords(full, [full, ben])).toEqual([
      { label: 'Introduced by', text: 'Ben' },
      { label: 'How you met', text: 'Someone introduced us' },
      { label: 'Inside or outside', text: 'Inside your organisation' },
      { label: 'Function or field', text: 'finance' },
      { label: 'Level', text: 'More senior than you' },
      { label: 'Kind', text: 'Strategic: seeing what is coming, winning support' },
      { label: 'Ally', text: 'Sponsor: senior, backs you' },
      { label: 'Lines of power', text: 'Supply: resources your work needs; Information: what is really going on' },
      { label: 'What you hear from them', text: 'none of these' },
      { label: 'How often in touch', text: 'About monthly' },
      { label: 'Closeness', text: '4 (1 an acquaintance, 5 very close)' },
      { label: 'Last real conversation', text: 'Mon 2 Nov 2026' },
      { label: 'Energy', text: '−1 (−2 usually drains me, +2 usually energises me)' },
      { label: 'Give and get', text: '0 (−2 I mostly take, +2 I mostly give)' },
    ]);
  });

  it('has a heading for every question the audit asks', () => {
    expect(Object.keys(PERSON_ANSWER_LABELS).sort()).toEqual([...PERSON_QUESTIONS].sort());
  });

  it('leaves out every blank, including a field of spaces', () => {
    expect(personInWords({ ...newContact('c3', 'Cleo'), field: '   ' }, [])).toEqual([]);
  });

  it('says who introduced: the learner, a contact, a name typed, or someone not named', () => {
    const by = (introducedBy: string) =>
      personInWords({ ...newContact('c3', 'Cleo'), introducedBy }, [full, ben])[0]?.text;
    expect(by('me')).toBe('nobody (I introduced myself)');
    expect(by('c2')).toBe('Ben');
    expect(by(' Dana ')).toBe('Dana');
    expect(by('')).toBe('someone not on my list');
  });
});
