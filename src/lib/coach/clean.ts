/**
 * Names are names: text that arrives in a link or a file (a coach's or a client's name, a worksheet's title, a note,
 * an answer) is cleaned before it is shown, so that nobody can hide text, reverse it, or pass off a blank name.
 *
 * Cleaning removes:
 * - bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which can make
 *   "From Coach \u202Egnp.exe" read as "From Coach exe.png";
 * - characters that draw nothing (Unicode's default-ignorable code points: zero-width spaces, word joiners, soft
 *   hyphens, Hangul fillers, tag characters, ...) and the blank Braille pattern; except that a zero-width joiner or
 *   non-joiner between two visible characters, and a variation selector right after one, stay, because emoji and
 *   some scripts (Persian, the Indic scripts) need them;
 * - control characters (a line break stays in multi-line text; elsewhere it becomes a space) and lone surrogates;
 * - combining marks past the fourth on one character, which would draw over the lines around it.
 *
 * A name must then have a visible character (a letter, digit, punctuation or symbol). Pure; never throws.
 */

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const JOINERS = new Set(['\u200C', '\u200D']);
const VARIATION = /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const IGNORABLE = /^[\p{Default_Ignorable_Code_Point}\u2800]$/u;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const MARK = /^\p{M}$/u;
const MARKS_KEPT = 4;
/** Anything cleaning may change; text without any of it (nearly all text) is returned as it is, quickly. */
const SUSPECT =
  /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cs}\p{M}\u2800\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

function isVisible(char: string | undefined): boolean {
  return char !== undefined && VISIBLE.test(char) && !IGNORABLE.test(char) && char !== '\u2800';
}

/** Whether a text has at least one character a reader can see. */
export function hasVisibleCharacter(text: string): boolean {
  if (typeof text !== 'string') return false;
  for (const char of text) if (isVisible(char)) return true;
  return false;
}

function clean(text: string, multiline: boolean): string {
  if (typeof text !== 'string') return '';
  if (!SUSPECT.test(text)) return text;
  const chars = Array.from(text.replace(/\r\n?/g, '\n').replace(BIDI, ''));
  const out: string[] = [];
  let marks = 0;
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    const code = char.codePointAt(0)!;
    // Lone surrogates: Array.from gives them as single code units.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (char === '\n') {
      out.push(multiline ? '\n' : ' ');
      marks = 0;
      continue;
    }
    if (char === '\t') {
      out.push(' ');
      marks = 0;
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (JOINERS.has(char)) {
      if (isVisible(out.at(-1)) && isVisible(chars[index + 1])) out.push(char);
      continue;
    }
    if (VARIATION.test(char)) {
      if (isVisible(out.at(-1))) out.push(char);
      continue;
    }
    if (IGNORABLE.test(char)) continue;
    if (MARK.test(char)) {
      if (++marks > MARKS_KEPT) continue;
    } else marks = 0;
    out.push(char);
  }
  return out.join('');
}

/**
 * A name as it may be shown: cleaned, on one line, with runs of spaces made one and no space at either end. Empty
 * when nothing visible is left (check with `hasVisibleCharacter`).
 */
export function cleanName(text: string): string {
  const cleaned = clean(text, false).replace(/\s+/gu, ' ').trim();
  return hasVisibleCharacter(cleaned) ? cleaned : '';
}

/** Text of one or more lines (a note, an answer) as it may be shown: cleaned, line breaks kept. */
export function cleanText(text: string): string {
  return clean(text, true);
}
