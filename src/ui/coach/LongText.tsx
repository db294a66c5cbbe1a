/**
 * Text a client wrote, drawn cheaply: at most `limit` characters at first, the rest on request ("Show all"), so that
 * no report, however long its answers, can make the coach's page slow to draw. Line breaks are kept; long unbroken
 * runs wrap (see `.client-text` in workbook.css).
 */
import { useState } from 'preact/hooks';

/** Characters shown of one answer before "Show all". */
export const TEXT_SHOWN = 600;

/** One answer, cut at `limit` characters until the reader asks for all of it. */
export function LongText({ text, limit = TEXT_SHOWN }: { text: string; limit?: number }) {
  const [all, setAll] = useState(false);
  const cut = !all && text.length > limit;
  const shown = cut ? text.slice(0, limit) : text;
  return (
    <div class="client-text">
      {shown.split('\n').map((paragraph, index, paragraphs) => (
        <p key={index}>
          {paragraph}
          {cut && index === paragraphs.length - 1 && '…'}
        </p>
      ))}
      {text.length > limit && (
        <button type="button" class="small-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show less' : `Show all (${text.length.toLocaleString('en')} characters)`}
        </button>
      )}
    </div>
  );
}

/** A list of names, at most `limit` at first, the rest on request. */
export function LongList({ names, limit = 40 }: { names: string[]; limit?: number }) {
  const [all, setAll] = useState(false);
  const shown = all ? names : names.slice(0, limit);
  return (
    <p class="client-text">
      {shown.join(', ')}
      {names.length > limit && (
        <>
          {all ? ' ' : ', … '}
          <button type="button" class="small-button" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? 'Show fewer' : `Show all ${names.length.toLocaleString('en')}`}
          </button>
        </>
      )}
    </p>
  );
}
