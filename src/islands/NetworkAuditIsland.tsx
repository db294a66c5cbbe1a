/**
 * The network audit: the learner's situation, their people, who knows whom, what the measures show, the map,
 * snapshots and the CSV download. On /workbook/network-audit/ and inside module 3 (<NetworkAudit />).
 */
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { today } from '~/lib/dates';
import { SITUATIONS } from '~/lib/situation';
import type { AuditSetup, Contact, Snapshot, Tie } from '~/lib/network/audit';
import {
  $audit,
  $network,
  addPerson,
  deleteSnapshot,
  editPerson,
  editSetup,
  removePerson,
  restorePerson,
  setKnows,
  snapshotAudit,
} from '~/stores/audit';
import { $storageAvailable } from '~/stores/storage';
import { useHydrated } from '~/islands/hydration';
import { useSaveState } from '~/islands/save-state';
import { useLazy } from '~/islands/lazy';
import { auditInsights } from '~/lib/network/insights';
import { summarise } from '~/lib/network/summary';
import { InsightList } from '~/ui/audit/InsightList';
import { PeopleSection } from '~/ui/audit/PeopleSection';
import { SaveStatus } from '~/ui/SaveStatus';

export interface NetworkAuditIslandProps {
  /** Heading level of the audit's sections: 2 on its own page, 3 inside a lesson. */
  headingLevel?: 2 | 3;
}

const emptyNetwork: { contacts: Contact[]; ties: Tie[]; setup: AuditSetup; snapshots: Snapshot[] } = {
  contacts: [],
  ties: [],
  setup: {},
  snapshots: [],
};

export default function NetworkAuditIsland({ headingLevel = 2 }: NetworkAuditIslandProps) {
  const state = useStore($audit);
  const network = useStore($network);
  const ready = useHydrated();
  const [openId, setOpenId] = useState<string | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ contact: Contact; index: number; ties: Tie[] } | null>(null);

  const { contacts, ties, setup, snapshots } = ready ? network : emptyNetwork;
  const summary = useMemo(() => summarise(contacts, ties, today()), [contacts, ties]);
  const insights = useMemo(() => auditInsights(summary, setup), [summary, setup]);
  // The map (with its layout library), the person editor and the snapshot tools load once the page is usable, so the
  // first load stays small (see the README's performance figures).
  const map = useLazy(() => Promise.all([import('~/lib/network/layout'), import('~/ui/audit/NetworkMap')]));
  const layout = map?.[0];
  const NetworkMap = map?.[1].NetworkMap;
  const WhoKnowsWhom = useLazy(() => import('~/ui/audit/WhoKnowsWhom'))?.WhoKnowsWhom;
  // Notices about unreadable data or a browser that keeps nothing load only when there is something to say.
  const storageAvailable = useStore($storageAvailable);
  const Notices = useLazy(
    () => import('~/islands/StorageNotices'),
    ready && (state.problem !== null || !storageAvailable),
  )?.StorageNotices;
  const editor = useLazy(() => import('~/ui/audit/ContactEditor'));
  const snapshotTools = useLazy(() =>
    Promise.all([import('~/ui/audit/SnapshotPanel'), import('~/lib/network/compare')]),
  );
  const [{ SnapshotPanel } = {}, { compareAudits } = {}] = snapshotTools ?? [];
  // The map depends on who is in the audit and who knows whom, not on names: typing a name does not move anyone.
  const peopleKey = contacts.map((contact) => contact.id).join('|');
  const placed = useMemo(() => (layout ? layout.layoutNetwork(contacts, ties) : null), [layout, peopleKey, ties]);
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const { saveState, readOnly, track } = useSaveState(ready, state.problem);

  const downloadCsv = async () => {
    const [{ contactsCsv }, { downloadFile }] = await Promise.all([
      import('~/lib/network/csv'),
      import('~/islands/download'),
    ]);
    downloadFile(`real-networking-contacts-${today()}.csv`, contactsCsv(contacts), 'text/csv');
  };
  const downloadWorkbook = async () => (await import('~/islands/download')).downloadWorkbookNow();

  return (
    <div class="audit" data-ready={ready}>
      {Notices && <Notices problem={state.problem} what="network audit" />}
      <fieldset class="audit-body" disabled={!ready || readOnly}>
        <legend class="visually-hidden">Network audit</legend>
        <section aria-labelledby="audit-situation">
          <H id="audit-situation">1. Your situation</H>
          <div class="field">
            <label class="field-label" for="audit-situation-kind">
              Where are you now?
            </label>
            <p class="field-help" id="audit-situation-kind-help">
              The same numbers mean different things for someone new in a job and someone established. The course asks
              this once: each lesson's "Your situation" shows the same answer.
            </p>
            <select
              id="audit-situation-kind"
              aria-describedby="audit-situation-kind-help"
              value={setup.situation ?? ''}
              onChange={(e) =>
                track(
                  editSetup({
                    situation: ((e.currentTarget as HTMLSelectElement).value || undefined) as typeof setup.situation,
                  }),
                )
              }
            >
              <option value="">Not answered</option>
              {SITUATIONS.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label class="field-label" for="audit-job-contact">
              How much does your job bring you into contact with people beyond your own team?
            </label>
            <p class="field-help" id="audit-job-contact-help">
              1 hardly at all, 5 all the time. Kanter argued that jobs with little contact make networking harder, and
              it has to be done on purpose.
            </p>
            <select
              id="audit-job-contact"
              aria-describedby="audit-job-contact-help"
              value={setup.jobContact?.toString() ?? ''}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLSelectElement).value;
                track(editSetup({ jobContact: value === '' ? undefined : Number(value) }));
              }}
            >
              <option value="">Not answered</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label class="field-label" for="audit-goal">
              What do you want your network to help with in the next six months?
            </label>
            <p class="field-help" id="audit-goal-help">
              One sentence, such as "settle into my new team" or "hear about roles in product management". It is shown
              as a reminder.
            </p>
            <textarea
              id="audit-goal"
              rows={2}
              maxLength={2000}
              aria-describedby="audit-goal-help"
              value={setup.goal ?? ''}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLTextAreaElement).value;
                track(editSetup({ goal: value === '' ? undefined : value }));
              }}
            />
          </div>
        </section>

        <section aria-labelledby="audit-people">
          <H id="audit-people">2. Your people</H>
          <PeopleSection
            Editor={editor?.ContactEditor}
            contacts={contacts}
            openId={openId}
            onOpen={setOpenId}
            onAdd={(alias) => {
              const { id, result } = addPerson(alias);
              track(result);
              if (result.saved || result.reason === 'not-stored') {
                setOpenId(id);
                return id;
              }
              return undefined;
            }}
            onChange={(id, change) => track(editPerson(id, change))}
            onRemove={(id) => {
              const { result, undo } = removePerson(id);
              track(result);
              setRemoved(undo ?? null);
              if (openId === id) setOpenId(null);
            }}
            removed={removed ? { alias: removed.contact.alias || 'Unnamed' } : null}
            onUndo={() => {
              if (removed) track(restorePerson(removed));
              setRemoved(null);
            }}
          />
        </section>

        <section aria-labelledby="audit-ties">
          <H id="audit-ties">3. Who knows whom</H>
          {WhoKnowsWhom ? (
            <WhoKnowsWhom
              contacts={contacts}
              ties={ties}
              currentId={currentId}
              onCurrent={setCurrentId}
              onSet={(a, b, strength) => track(setKnows(a, b, strength))}
            />
          ) : (
            <p class="meta">Loading…</p>
          )}
        </section>
      </fieldset>

      <SaveStatus state={saveState} onDownload={() => void downloadWorkbook()} />

      <section aria-labelledby="audit-measures">
        <H id="audit-measures">4. What your network looks like</H>
        {setup.goal && <p class="notice notice-info">Your goal: {setup.goal}</p>}
        <p class="meta">
          These measures describe the shape of your network, not your worth. A close-knit group gives trust and support;
          the aim is a strong core with bridges to other groups.
        </p>
        <InsightList insights={insights} />
      </section>

      <section aria-labelledby="audit-map">
        <H id="audit-map">5. Map</H>
        {contacts.length === 0 ? (
          <p class="meta">Your map appears once you add people.</p>
        ) : placed && NetworkMap ? (
          <NetworkMap contacts={contacts} ties={ties} placed={placed} />
        ) : (
          <p class="meta">Drawing your map…</p>
        )}
      </section>

      <section aria-labelledby="audit-snapshots">
        <H id="audit-snapshots">6. Snapshots and re-audits</H>
        {SnapshotPanel && compareAudits ? (
          <SnapshotPanel
            snapshots={snapshots}
            canSnapshot={ready && !readOnly && contacts.length > 0}
            onSnapshot={(label) => track(snapshotAudit(label))}
            onDelete={(id) => track(deleteSnapshot(id))}
            compare={(thenId, nowId) => {
              const pick = (id: string) => {
                if (id === 'now') return { label: 'Now', takenAt: new Date().toISOString(), contacts, ties };
                return snapshots.find((snapshot) => snapshot.id === id);
              };
              const then = pick(thenId);
              const now = pick(nowId);
              return then && now ? compareAudits(then, now, today()) : undefined;
            }}
          />
        ) : (
          <p class="meta">Loading…</p>
        )}
      </section>

      <section aria-labelledby="audit-download">
        <H id="audit-download">7. Download</H>
        <p>Your audit is part of your workbook's export. To open your list in a spreadsheet, download it as CSV.</p>
        <button
          type="button"
          class="button button-quiet"
          disabled={contacts.length === 0}
          onClick={() => void downloadCsv()}
        >
          Download my people as CSV
        </button>
      </section>
    </div>
  );
}
