/**
 * The audit's contacts as CSV that spreadsheets open correctly: commas, quotes and line breaks quoted (by Papa Parse),
 * a UTF-8 byte-order mark so Excel reads accents, and CRLF line ends.
 */
import Papa from 'papaparse';
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
import { introductionInWords, introductionOf } from '~/lib/network/answers';

/** A tick-box answer: blank when not answered, "none" when answered with nothing ticked. */
const labels = (choices: readonly Choice[], values: readonly string[] | undefined) =>
  values === undefined ? '' : values.length === 0 ? 'none' : values.map((value) => labelOf(choices, value)).join('; ');

/** The column headings, in order. */
export const CSV_COLUMNS = [
  'Name or alias',
  'Introduced by',
  'How you met',
  'Inside or outside',
  'Function or field',
  'Level',
  'Kind of network',
  'Alliance',
  'Lines of power',
  'Access they give',
  'How often in touch',
  'Closeness (1-5)',
  'Last real conversation',
  'Energy (-2 to 2)',
  'Give and get (-2 to 2)',
];

/**
 * CSV text of the contacts, one row each, starting with a byte-order mark. A question not answered is an empty
 * cell, as everywhere in the workbook; "none of these" is written "none".
 */
export function contactsCsv(contacts: readonly Contact[]): string {
  const rows = contacts.map((c) => [
    c.alias,
    introductionInWords(introductionOf(c, contacts)),
    labelOf(HOW_MET, c.howMet),
    labelOf(SIDES, c.side),
    c.field?.trim() ?? '',
    labelOf(LEVELS, c.level),
    labelOf(NETWORK_TYPES, c.networkType),
    labels(ALLIANCES, c.alliances),
    labels(POWER_LINES, c.lines),
    labels(ACCESS, c.access),
    labelOf(FREQUENCY, c.frequency),
    c.closeness ?? '',
    c.lastConversation ?? '',
    c.energy ?? '',
    c.giveGet ?? '',
  ]);
  // A spreadsheet runs a cell that starts with = + - @ (or a tab or return) as a formula: prefix such text with '.
  // Done here rather than with Papa Parse's escapeFormulae, which misses text with a line break in it.
  const safe = rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
  );
  const table = safe.length === 0 ? [CSV_COLUMNS] : { fields: CSV_COLUMNS, data: safe };
  return `\uFEFF${Papa.unparse(table, { newline: '\r\n' })}\r\n`;
}
