/** Small helpers for writing counts and scales in words. Pure. */

/** "1 report", "2 reports", "0 reports": the count with the right form of its noun. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A number on a scale around zero, with its sign and a true minus: "+1", "0", "−2". */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

/**
 * The plural of a worksheet list's item label, for a count ("3 people", "2 things to give"). The labels are the
 * course's own, so a few rules cover them: "person" becomes "people", a consonant and "y" becomes "ies", the first
 * word of "thing to give" takes the "s", and every other word takes an "s". Lower case, as inside a sentence.
 */
export function pluralOfItem(label: string): string {
  const words = label.toLowerCase().split(' ');
  const at = words.indexOf('to') > 0 ? words.indexOf('to') - 1 : words.length - 1;
  const word = words[at]!;
  words[at] = word === 'person' ? 'people' : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
  return words.join(' ');
}
