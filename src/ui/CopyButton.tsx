/**
 * A button that copies a link, and a quiet status that says whether it worked. Where the browser refuses the
 * clipboard (an insecure origin, a denied permission), it selects the text in `inputId` and says how to copy it.
 */
import { useEffect, useState } from 'preact/hooks';

export interface CopyButtonProps {
  text: string;
  /** The id of the read-only input that shows the same text. */
  inputId: string;
  label?: string;
  class?: string;
}

export function CopyButton({ text, inputId, label = 'Copy the link', class: className = 'button' }: CopyButtonProps) {
  const [said, setSaid] = useState('');
  // A new text has not been copied yet.
  useEffect(() => setSaid(''), [text]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied.');
    } catch {
      (document.getElementById(inputId) as HTMLInputElement | null)?.select();
      setSaid('This browser did not allow copying: the link is selected, so press Ctrl+C (or ⌘C) to copy it.');
    }
  };
  return (
    <>
      <button type="button" class={className} onClick={() => void copy()}>
        {label}
      </button>
      <span class="meta copy-status" role="status">
        {said}
      </span>
    </>
  );
}
