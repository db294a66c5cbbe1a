/**
 * The network audit: the learner's situation, their people, who knows whom, the network at a glance (three key
 * measures for the learner's situation, what to answer next, the map), every measure in groups, snapshots and the
 * CSV download. On /workbook/network-audit/ and inside module 3 (<NetworkAudit />).
 *
 * What loads when (the page's first load stays under its budget, see the README's performance section): the
 * people list at once; the measures once there is somebody in the audit; who knows whom once there are two; the
 * person editor when a person is opened; the snapshot tools once there is somebody or a snapshot; the map's layout
 * (in a Web Worker) only when there is somebody to draw and the map comes into view.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { today } from '~/lib/dates';
import { SITUATIONS } from '~/lib/situation';
import type { AuditSetup, Contact, Pair, Snapshot, Tie } from '~/lib/network/audit';
import {
  $audit,
  $network,
  addPerson,
  clearLegacyJobContact,
  deleteSnapshot,
  editPerson,
  editSetup,
  removePerson,
  restorePerson,
  setKnows,
  setNobodyElse,
  snapshotAudit,
  type RemovedPerson,
} from '~/stores/audit';
import { $storageAvailable } from '~/stores/storage';
import { useHydrated } from '~/islands/hydration';
import { useSaveState } from '~/islands/save-state';
import { useLazy } from '~/islands/lazy';
import { useInView, useMapLayout } from '~/islands/map-layout';
import { useSharedAnswer } from '~/islands/shared-answer';
import { SHARED_ANSWERS } from '~/lib/workbook/shared-answers';
import { PeoplePrintTable } from '~/ui/audit/PeoplePrintTable';
import { PeopleSection } from '~/ui/audit/PeopleSection';
import { SaveStatus } from '~/ui/SaveStatus';
import type { Answer } from '~/lib/workbook/answers';

export interface NetworkAuditIslandProps {
  /** Heading level of the audit's sections: 2 on its own page, 3 inside a lesson. */
  headingLevel?: 2 | 3;
}

const emptyNetwork: { contacts: Contact[]; ties: Tie[]; apart: Pair[]; setup: AuditSetup; snapshots: Snapshot[] } = {
  contacts: [],
  ties: [],
  apart: [],
  setup: {},
  snapshots: [],
};

export default function NetworkAuditIsland({ headingLevel = 2 }: NetworkAuditIslandProps) {
  const state = useStore($audit);
  const network = useStore($network);
  const ready = useHydrated();
  const [openId, setOpenId] = useState<string | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [removed, setRemoved] = useState<RemovedPerson | null>(null);

  const { contacts, ties, apart, setup: ownSetup, snapshots } = ready ? network : emptyNetwork;
  // The job contact is one answer with module 2's worksheet, kept there; the audit's older copy is moved there.
  const jobContact = useSharedAnswer(
    'job-contact',
    ready,
    ready && state.problem === null ? { auditJobContact: network.setup.jobContact } : undefined,
    (copy) => copy.kind === 'audit-job-contact' && track(clearLegacyJobContact()),
  );
  // Two differing answers from before are rare: the choice between them loads only when there is one.
  const SharedChoices = useLazy(() => import('~/ui/SharedChoices'), jobContact.choices.length > 0)?.SharedChoices;
  const sharedJobContact = typeof jobContact.value === 'number' ? jobContact.value : undefined;
  const setup = useMemo(() => {
    const { jobContact: _legacy, ...rest } = ownSetup;
    return sharedJobContact === undefined ? rest : { ...rest, jobContact: sharedJobContact };
  }, [ownSetup, sharedJobContact]);
  const somebody = contacts.length > 0;
  // The measures and their words load once there is somebody to measure.
  const measuring = useLazy(
    () =>
      Promise.all([
        import('~/lib/network/summary'),
        import('~/lib/network/insights'),
        import('~/ui/audit/InsightList'),
      ]),
    somebody,
  );
  const [summaryModule, insightModule, insightViews] = measuring ?? [];
  const summary = useMemo(
    () => summaryModule?.summarise({ contacts, ties, apart }, today()),
    [summaryModule, contacts, ties, apart],
  );
  const insights = useMemo(
    () => (summary && insightModule ? insightModule.auditInsights(summary, setup) : []),
    [summary, insightModule, setup],
  );
  const mapSection = useRef<HTMLElement>(null);
  const mapInView = useInView(mapSection, somebody);
  const layout = useMapLayout(contacts, ties, somebody && mapInView);
  const NetworkMap = useLazy(() => import('~/ui/audit/NetworkMap'), somebody && mapInView)?.NetworkMap;
  const WhoKnowsWhom = useLazy(() => import('~/ui/audit/WhoKnowsWhom'), contacts.length >= 2)?.WhoKnowsWhom;
  // Notices about unreadable data or a browser that keeps nothing load only when there is something to say.
  const storageAvailable = useStore($storageAvailable);
  const Notices = useLazy(
    () => import('~/islands/StorageNotices'),
    ready && (state.problem !== null || !storageAvailable),
  )?.StorageNotices;
  const editor = useLazy(() => import('~/ui/audit/ContactEditor'), openId !== null);
  const snapshotTools = useLazy(
    () => Promise.all([import('~/ui/audit/SnapshotPanel'), import('~/lib/network/compare')]),
    somebody || snapshots.length > 0,
  );
  const [{ SnapshotPanel } = {}, { compareAudits } = {}] = snapshotTools ?? [];
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const sub = (headingLevel + 1) as 3 | 4;
  const { saveState, readOnly, track } = useSaveState(ready, state.problem);

  const downloadCsv = async () => {
    const [{ contactsCsv }, { downloadFile }] = await Promise.all([
      import('~/lib/network/csv'),
      import('~/islands/download'),
    ]);
    downloadFile(`real-networking-contacts-${today()}.csv`, contactsCsv(contacts), 'text/csv');
  };
  const downloadWorkbook = async () => (await import('~/islands/download')).downloadWorkbookNow();
  // On paper every group of measures is open (a closed one would print nothing); on screen they close again after.
  useEffect(() => {
    const opened: HTMLDetailsElement[] = [];
    const before = () => {
      for (const group of document.querySelectorAll<HTMLDetailsElement>('.audit details:not([open])')) {
        group.open = true;
        opened.push(group);
      }
    };
    const after = () => {
      for (const group of opened.splice(0)) group.open = false;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

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
              The same numbers mean different things for someone new in a job and someone established. Your answer
              chooses the three measures shown first. The course asks this once: each lesson's "Your situation" shows
              the same answer.
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
              it has to be done on purpose. The same question as in module 2's worksheet: one answer, shown in both.
            </p>
            <select
              id="audit-job-contact"
              aria-describedby="audit-job-contact-help"
              value={sharedJobContact?.toString() ?? ''}
              disabled={!jobContact.writable}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLSelectElement).value;
                track(jobContact.save(value === '' ? undefined : Number(value)));
              }}
            >
              <option value="">Not answered</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
            {SharedChoices && (
              <SharedChoices
                choices={jobContact.choices}
                current={
                  sharedJobContact === undefined
                    ? undefined
                    : {
                        label: String(sharedJobContact),
                        value: sharedJobContact as Answer,
                        where: SHARED_ANSWERS['job-contact'].home.place,
                      }
                }
                show={(value) => (typeof value === 'number' ? String(value) : undefined)}
                onChoose={(value) => track(jobContact.choose(value))}
              />
            )}
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
          <PeoplePrintTable contacts={contacts} />
        </section>

        <section aria-labelledby="audit-ties">
          <H id="audit-ties">3. Who knows whom</H>
          {contacts.length < 2 ? (
            <p class="meta">Add at least two people to say who knows whom.</p>
          ) : WhoKnowsWhom ? (
            <WhoKnowsWhom
              contacts={contacts}
              ties={ties}
              apart={apart}
              currentId={currentId}
              onCurrent={setCurrentId}
              onSet={(a, b, strength) => track(setKnows(a, b, strength))}
              onNobodyElse={(id) => track(setNobodyElse(id))}
              headingLevel={sub}
            />
          ) : (
            <p class="meta">Loading…</p>
          )}
        </section>
      </fieldset>

      <SaveStatus state={saveState} onDownload={() => void downloadWorkbook()} />

      <section aria-labelledby="audit-measures" ref={mapSection}>
        <H id="audit-measures">4. Your network at a glance</H>
        {setup.goal && <p class="notice notice-info">Your goal: {setup.goal}</p>}
        <p class="meta">
          These measures describe the shape of your network, not your worth. A close-knit group gives trust and support;
          the aim is a strong core with bridges to other groups. Each measure counts only the answers you have given.
        </p>
        {!somebody ? (
          <p class="meta">Add people to see what your network looks like.</p>
        ) : insightViews && insightModule && summary ? (
          <>
            <insightViews.KeyFigures insights={insightModule.keyInsights(insights, setup)} />
            <insightViews.NextAnswers steps={insightModule.nextAnswers(summary)} headingLevel={sub} />
          </>
        ) : (
          <p class="meta">Measuring…</p>
        )}
        {somebody && (
          <div class="map-area">
            {layout && NetworkMap ? (
              <NetworkMap contacts={contacts} ties={ties} apart={apart} layout={layout} headingLevel={sub} />
            ) : (
              <p class="meta">Drawing your map…</p>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="audit-details">
        <H id="audit-details">5. Every measure</H>
        {!somebody ? (
          <p class="meta">Each measure appears here, with what it means and one next step, once you add people.</p>
        ) : insightViews ? (
          <insightViews.InsightGroups insights={insights} headingLevel={sub} />
        ) : (
          <p class="meta">Measuring…</p>
        )}
      </section>

      <section aria-labelledby="audit-snapshots">
        <H id="audit-snapshots">6. Snapshots and re-audits</H>
        {!somebody && snapshots.length === 0 ? (
          <p class="meta">Once you add people, you can keep a dated snapshot to compare with when you audit again.</p>
        ) : SnapshotPanel && compareAudits ? (
          <SnapshotPanel
            snapshots={snapshots}
            canSnapshot={ready && !readOnly && somebody}
            onSnapshot={(label) => track(snapshotAudit(label))}
            onDelete={(id) => track(deleteSnapshot(id))}
            headingLevel={sub}
            compare={(thenId, nowId) => {
              const pick = (id: string) => {
                if (id === 'now') return { label: 'Now', takenAt: new Date().toISOString(), contacts, ties, apart };
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
        <button type="button" class="button button-quiet" disabled={!somebody} onClick={() => void downloadCsv()}>
          Download my people as CSV
        </button>
      </section>
    </div>
  );
}
