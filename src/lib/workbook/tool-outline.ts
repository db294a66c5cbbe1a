/**
 * The tools' data (network audit, give/get ledger, conversation planner, ramp plan) as readable sections of question
 * and answer lines, for the printable workbook and the Markdown export. Pure.
 */
import type { PlannerRecord } from '~/lib/conversations/planner';
import { labelOf } from '~/lib/choices';
import { dateInWords, dayInWords } from '~/lib/dates';
import { readings, weeklyFigures } from '~/lib/ledger/figures';
import { DIRECTIONS, KINDS, REASONS, type LedgerEntry, type LedgerRecord } from '~/lib/ledger/ledger';
import type { AuditRecord } from '~/lib/network/audit';
import { auditInsights, insightReading, type Insight } from '~/lib/network/insights';
import { personInWords } from '~/lib/network/person-words';
import { summarise } from '~/lib/network/summary';
import { SITUATIONS } from '~/lib/situation';
import type { RampRecord } from '~/lib/ramp/record';
import { WEEKS, rampStart, weekOn } from '~/lib/ramp/weeks';
import { auditSetupWith, helpingBudgetMinutes, type AnswersByWorksheet } from '~/lib/workbook/shared-answers';
import type { AnswerLine } from '~/lib/workbook/answer-outline';
import { signed } from '~/lib/words';

/** One tool's section. */
export interface ToolOutline {
  id: 'audit' | 'ledger' | 'conversations' | 'ramp';
  title: string;
  lines: AnswerLine[];
}

/** The stored tools, any of which may be missing. */
export interface Tools {
  audit?: AuditRecord | null | undefined;
  ledger?: LedgerRecord | null | undefined;
  planner?: PlannerRecord | null | undefined;
  ramp?: RampRecord | null | undefined;
  /**
   * The worksheets' answers, for the answers the tools share with them (src/lib/workbook/shared-answers.ts): the ramp
   * plan's start, the audit's job contact, the ledger's budget.
   */
  worksheets?: AnswersByWorksheet | undefined;
}

/** One audit measure as a line of text, with what it rests on: the same words the page and the coach's report use. */
export function insightText(insight: Insight): string {
  return `${insightReading(insight)}. ${insight.ready ? 'Next step: ' : ''}${insight.next}`;
}

/** How many ledger entries the printed workbook and the Markdown export list, the latest first. */
const LATEST_ENTRIES = 20;

/** Everything written for a ledger entry beyond its day, direction, kind and person. */
function entryInWords(entry: LedgerEntry): AnswerLine[] {
  return [
    ...(entry.minutes !== undefined ? [{ label: 'Minutes it took', text: String(entry.minutes) }] : []),
    ...(entry.fiveMinuteFavour ? [{ label: 'Five-minute favour', text: 'yes' }] : []),
    ...(entry.reason ? [{ label: 'Why I gave', text: labelOf(REASONS, entry.reason) }] : []),
    ...(entry.energyAfter !== undefined
      ? [{ label: 'How I felt after', text: `${signed(entry.energyAfter)} (−2 drained, +2 energised)` }]
      : []),
    ...(entry.followUp
      ? [
          {
            label: 'Follow up by',
            text: `${dayInWords(entry.followUp)}${entry.followedUp ? ' (done)' : ''}`,
          },
        ]
      : []),
    ...(entry.note ? [{ label: 'Note', text: entry.note }] : []),
  ];
}

/** A section for each tool the learner has used, in course order. */
export function toolOutlines(tools: Tools, today: string): ToolOutline[] {
  const outlines: ToolOutline[] = [];
  const audit = tools.audit;
  if (audit && audit.contacts.length > 0) {
    const summary = summarise(audit, today);
    const insights = auditInsights(summary, auditSetupWith(audit.setup, tools.worksheets ?? {}));
    outlines.push({
      id: 'audit',
      title: 'Network audit',
      lines: [
        ...(audit.setup.situation
          ? [{ label: 'Where you are now', text: labelOf(SITUATIONS, audit.setup.situation) }]
          : []),
        ...(audit.setup.goal ? [{ label: 'Goal', text: audit.setup.goal }] : []),
        {
          label: 'People',
          text: `${audit.contacts.length}`,
          rows: audit.contacts.map((contact, index) => ({
            title: `${index + 1}. ${contact.alias}`,
            lines: personInWords(contact, audit.contacts),
          })),
        },
        ...(summary.pairs.total > 0
          ? [
              {
                label: 'Who knows whom',
                text: `${summary.pairs.answered} of ${summary.pairs.total} pairs answered, ${summary.pairs.open} still open`,
              },
            ]
          : []),
        ...insights.map((insight) => ({ label: insight.title, text: insightText(insight) })),
        ...(audit.snapshots.length > 0
          ? [
              {
                label: 'Snapshots',
                text: audit.snapshots.map((s) => `${s.label} (${dateInWords(s.takenAt)})`).join('; '),
              },
            ]
          : []),
      ],
    });
  }
  const ledger = tools.ledger;
  if (ledger && ledger.entries.length > 0) {
    const weeks = weeklyFigures(ledger.entries, today, 12);
    outlines.push({
      id: 'ledger',
      title: 'Give/get ledger',
      lines: [
        ...readings(weeks, helpingBudgetMinutes(tools.worksheets ?? {}, ledger.weeklyBudgetMinutes)).map((reading) => ({
          label: reading.title,
          text: reading.value,
        })),
        {
          label: 'Latest entries',
          text:
            ledger.entries.length > LATEST_ENTRIES
              ? `The latest ${LATEST_ENTRIES} of ${ledger.entries.length}; the JSON export keeps them all`
              : `${ledger.entries.length} in all`,
          rows: ledger.entries.slice(0, LATEST_ENTRIES).map((entry) => ({
            title: `${dayInWords(entry.date)}: ${labelOf(DIRECTIONS, entry.direction)}, ${labelOf(KINDS, entry.kind).toLowerCase()}, ${entry.contact}`,
            lines: entryInWords(entry),
          })),
        },
      ],
    });
  }
  const planner = tools.planner;
  if (planner && planner.plans.length > 0) {
    outlines.push({
      id: 'conversations',
      title: 'Conversation planner',
      lines: planner.plans.map((plan) => {
        const written = [
          ...plan.questions
            .filter((q) => q.question.trim())
            .map((q, i) => ({
              label: `Question ${i + 1}`,
              text: q.followUp ? `${q.question} (follow-up: ${q.followUp})` : q.question,
            })),
          ...(plan.offer ? [{ label: 'What I can offer', text: plan.offer }] : []),
          ...(plan.learned ? [{ label: 'What I learned', text: plan.learned }] : []),
          ...(plan.followUpsAsked ? [{ label: 'Follow-ups I asked', text: plan.followUpsAsked }] : []),
          ...plan.promises
            .filter((p) => p.text.trim())
            .map((p) => ({ label: 'Promised', text: p.due ? `${p.text} (by ${dayInWords(p.due)})` : p.text })),
        ];
        const label = `Conversation with ${plan.with}${plan.date ? ` (${dayInWords(plan.date)})` : ''}`;
        // A plan with only a name says so, rather than printing an empty "Plan and debrief".
        if (written.length === 0) return { label, text: plan.purpose?.trim() || 'Nothing written yet' };
        return { label, text: plan.purpose ?? '', rows: [{ title: 'Plan and debrief', lines: written }] };
      }),
    });
  }
  const ramp = tools.ramp;
  const rampStartDate = rampStart(ramp, tools.worksheets?.['ramp-readiness']);
  if (ramp && rampStartDate) {
    const week = weekOn(rampStartDate, today);
    const weeks = Object.keys(ramp.checkIns)
      .map(Number)
      .sort((a, b) => a - b);
    outlines.push({
      id: 'ramp',
      title: '26-week ramp plan',
      lines: [
        {
          label: 'Started',
          text: `${dayInWords(rampStartDate)} (${week === 0 ? 'not yet begun' : week > WEEKS ? 'all 26 weeks done' : `now in week ${week}`})`,
        },
        ...weeks.map((n) => {
          const checkIn = ramp.checkIns[String(n)]!;
          const parts = [
            checkIn.reviewed
              ? `last week's commitment: ${checkIn.reviewed === 'not' ? 'not done' : checkIn.reviewed}`
              : '',
            checkIn.conversations !== undefined
              ? `${checkIn.conversations} ${checkIn.conversations === 1 ? 'conversation' : 'conversations'}`
              : '',
            checkIn.given !== undefined ? `${checkIn.given} ${checkIn.given === 1 ? 'thing' : 'things'} given` : '',
            checkIn.learned ? `learned: ${checkIn.learned}` : '',
            checkIn.celebrate ? `celebrate: ${checkIn.celebrate}` : '',
            checkIn.ifThen && (checkIn.ifThen.when || checkIn.ifThen.then)
              ? `if ${checkIn.ifThen.when}, then I will ${checkIn.ifThen.then}`
              : '',
          ].filter(Boolean);
          return { label: `Week ${n}`, text: parts.join('; ') };
        }),
      ],
    });
  }
  return outlines;
}
