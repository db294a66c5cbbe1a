/** Small helpers for drawing the course figures: points on a circle and lines between the edges of two circles. */

/** A point in the figure's coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** The point `radius` away from `centre` at `degrees` (0 is to the right, 90 straight down, as on screen). */
export function around(centre: Point, radius: number, degrees: number): Point {
  const angle = (degrees * Math.PI) / 180;
  return { x: round(centre.x + radius * Math.cos(angle)), y: round(centre.y + radius * Math.sin(angle)) };
}

/** `count` points evenly round a circle, the first at `start` degrees. */
export function ring(centre: Point, radius: number, count: number, start = -90): Point[] {
  return Array.from({ length: count }, (_, index) => around(centre, radius, start + (360 / count) * index));
}

/** The segment from the edge of one circle to the edge of another, leaving `gap` extra room at each end. */
export function between(from: Point, fromRadius: number, to: Point, toRadius: number, gap = 0) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const start = fromRadius + gap;
  const end = length - toRadius - gap;
  return {
    x1: round(from.x + (dx * start) / length),
    y1: round(from.y + (dy * start) / length),
    x2: round(from.x + (dx * end) / length),
    y2: round(from.y + (dy * end) / length),
  };
}

/** Coordinates to two decimals: shorter markup, same picture. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
