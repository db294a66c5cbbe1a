/**
 * The field rules for names and text that arrive in a link or a file: cleaned as they are read (clean.ts). Used by
 * the readers of links and files only, which load when there is one to read.
 */
import * as v from 'valibot';
import { cleanName, cleanText, hasVisibleCharacter } from '~/lib/coach/clean';

/**
 * A name from a link or a file: cleaned (clean.ts: no bidirectional controls, no invisible characters, one line), with
 * a visible character, at most `max` characters once cleaned. Longer than four times that before cleaning is refused
 * without cleaning it.
 */
export function cleanedName(max: number) {
  return v.pipe(
    v.string(),
    v.maxLength(max * 4),
    v.transform(cleanName),
    v.check(hasVisibleCharacter, 'no visible character'),
    v.maxLength(max),
  );
}

/** Text from a link or a file (a note, a title, an answer): cleaned (clean.ts), at most `max` characters once cleaned. */
export function cleanedText(max: number) {
  return v.pipe(v.string(), v.maxLength(max * 4), v.transform(cleanText), v.maxLength(max));
}
