/**
 * The drafts the network audit can start (src/lib/messages/starters.ts): one button per dormant tie and per person
 * who keeps introducing the learner, each saying why it is offered. Props in, markup out.
 */
import type { DraftStarter } from '~/lib/messages/starters';

export interface MessageStartersProps {
  /** What the audit offers; empty before hydration and when the audit has nobody to suggest. */
  starters: DraftStarter[];
  /** Keys of starters whose draft is already among the learner's messages. */
  started: ReadonlySet<string>;
  /** Whether the audit has anyone in it at all. */
  hasAudit: boolean;
  ready: boolean;
  /** Where the audit is, for the empty state. */
  auditHref: string;
  onStart: (starter: DraftStarter) => void;
  /** What the last start did, for the status line. */
  said: string;
}

const KIND_WORDS = { reconnect: 'reconnection note', thanks: 'thank-you and report back' } as const;

export function MessageStarters({
  starters,
  started,
  hasAudit,
  ready,
  auditHref,
  onStart,
  said,
}: MessageStartersProps) {
  return (
    <div class="message-starters">
      {starters.length === 0 ? (
        <p class="meta">
          {hasAudit
            ? 'Your network audit has no dormant tie (no real conversation for three years or more) and nobody who has introduced you to two or more of your contacts yet, so there is no draft to start from it. Write your messages in the worksheet below.'
            : 'When your network audit lists someone you have lost touch with, or someone who keeps introducing you to people, a first draft to them can start here. '}
          {!hasAudit && <a href={auditHref}>Open your network audit</a>}
        </p>
      ) : (
        <ul class="starter-list">
          {starters.map((starter) => {
            const done = started.has(starter.key);
            return (
              <li key={starter.key}>
                <span>
                  <strong>{starter.to}</strong> <span class="meta">({starter.reason})</span>
                </span>
                <button type="button" class="small-button" disabled={!ready || done} onClick={() => onStart(starter)}>
                  {done ? `Draft started` : `Start a ${KIND_WORDS[starter.kind]}`}
                  <span class="visually-hidden"> to {starter.to}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p class="visually-hidden" role="status">
        {said}
      </p>
      {said && <p class="meta">{said}</p>}
    </div>
  );
}
