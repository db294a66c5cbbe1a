/** Small helpers for writing counts in words. Pure. */

/** "1 report", "2 reports", "0 reports": the count with the right form of its noun. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
