/**
 * Starts a draft message from the network audit: reconnection notes to dormant ties and thank-yous to brokers, each
 * added as a row of the message-drafts worksheet below it in module 9. Placed with <MessageStarters />.
 */
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { today } from '~/lib/dates';
import { draftStarters, type DraftStarter } from '~/lib/messages/starters';
import { $network } from '~/stores/audit';
import { $messageRows, startDraft } from '~/stores/message-drafts';
import { useHydrated } from '~/islands/hydration';
import { MessageStarters } from '~/ui/MessageStarters';

export interface MessageStartersIslandProps {
  /** The audit's address (with the site's base path). */
  auditHref: string;
}

const startedKey = (kind: unknown, to: unknown) =>
  typeof kind === 'string' && typeof to === 'string' ? `${kind}:${to.trim().toLowerCase()}` : '';

export default function MessageStartersIsland({ auditHref }: MessageStartersIslandProps) {
  const ready = useHydrated();
  const network = useStore($network);
  const rows = useStore($messageRows);
  const [said, setSaid] = useState('');
  const starters = useMemo(() => (ready ? draftStarters(network.contacts, today()) : []), [ready, network.contacts]);
  // A draft counts as started when a message of the same kind to the same name is already in the worksheet.
  const written = new Set(rows.map((row) => startedKey(row.values['kind'], row.values['to'])));
  const started = new Set(starters.filter((s) => written.has(startedKey(s.kind, s.to))).map((s) => s.key));
  const start = (starter: DraftStarter) => {
    const { result, place } = startDraft(starter);
    setSaid(
      result.saved
        ? `Draft to ${starter.to} added to your messages below, as message ${place}. Fill in the [brackets] before you send it.`
        : `Draft to ${starter.to} added as message ${place}, but this browser could not store it: download your workbook to keep it.`,
    );
  };
  return (
    <MessageStarters
      starters={starters}
      started={started}
      hasAudit={ready && network.contacts.length > 0}
      ready={ready}
      auditHref={auditHref}
      onStart={start}
      said={said}
    />
  );
}
