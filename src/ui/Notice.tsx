/** A plain notice in a worksheet or on the workbook page: a title, what happened, and what the learner can do. */
import type { ComponentChildren } from 'preact';

export function Notice(props: {
  tone: 'info' | 'warning' | 'danger';
  title: string;
  children: ComponentChildren;
  role?: 'alert' | 'status';
}) {
  return (
    <div class={`notice notice-${props.tone}`} role={props.role}>
      <p class="notice-title">{props.title}</p>
      {props.children}
    </div>
  );
}
