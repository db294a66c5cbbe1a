/**
 * A table that may be wider than the screen. Only while it is wider does its box scroll, and only then is it a stop
 * for the Tab key, named "(scrolls sideways)", so that a keyboard user can scroll it (axe's scrollable-region rule).
 * Where the table fits, it is a plain box: no stop that does nothing, no name that says what is not so. Until the
 * island has measured it, it counts as wide, so that a wide table is never out of reach.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  const box = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(true);
  useLayoutEffect(() => {
    const element = box.current!;
    // Told at once and at every change of the box (the screen) or the table (its rows).
    const observer = new ResizeObserver(() => setWide(element.scrollWidth > element.clientWidth + 1));
    observer.observe(element);
    observer.observe(element.firstElementChild!);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      class="table-scroll"
      ref={box}
      {...(wide && { tabIndex: 0, role: 'group', 'aria-label': `${label} (scrolls sideways)` })}
    >
      {children}
    </div>
  );
}
