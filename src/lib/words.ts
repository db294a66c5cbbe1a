/** Small helpers for writing counts and scales in words. Pure. */

/** "1 report", "2 reports", "0 reports": the count with the right form of its noun. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A number on a scale around zero, with its sign and a true minus: "+1", "0", "−2". */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}
