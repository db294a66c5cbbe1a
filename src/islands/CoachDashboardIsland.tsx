/**
 * /coach/clients/: the coach's dashboard. A report arrives by link (opened here, or pasted) or by file; the page
 * opens it (with the key of the assignment it answers, or a passphrase for a sealed one), says whether it is
 * verified, shows it, and keeps it only when the coach adds it. Then: a table of clients by module, each client's
 * answers and audit summary, remove a client, and export, import or delete all coach data.
 *
 * Nothing a client writes can freeze or fill this page: a pasted text is measured before it is read, answers are
 * drawn a few hundred characters at a time, and what is kept has limits (src/lib/coach/dashboard.ts). A report link
 * is taken out of the address once read (a sealed one once opened), and a new one opened in the same tab is read too.
 * The report codecs, the coach data file and the downloads load when needed.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { keyOfAssignment, planAddReport, shownName, type ReceivedReport } from '~/lib/coach/dashboard';
import { MAX_REPORT_FILE_BYTES, MAX_REPORT_TEXT_CHARS, tooLongToRead } from '~/lib/coach/report-shape';
import { dayInWords, today } from '~/lib/dates';
import { countOf } from '~/lib/words';
import { $coach, addReport, coachCopies, deleteCoachData, removeClient } from '~/stores/coach';
import { CoachDataNotices, downloadCoachCopy } from '~/islands/CoachDataNotices';
import { useHydrated } from '~/islands/hydration';
import { useLazy } from '~/islands/lazy';
import { ClientsTable } from '~/ui/coach/ClientsTable';
import { Notice } from '~/ui/Notice';

export interface CoachDashboardIslandProps {
  lessons: { slug: string; module: number; title: string }[];
  /** Which module each worksheet belongs to, for a worksheet assigned on its own. */
  worksheets: { id: string; module: number }[];
}

type Incoming =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'sealed'; token: string; problem?: string }
  | { step: 'error'; message: string }
  | { step: 'opened'; received: ReceivedReport; openedAt: string }
  | { step: 'done'; message: string };

type Codec = typeof import('~/lib/coach/report');
type Read = ReturnType<Codec['readReportText']>;

const loadCodec = () => import('~/lib/coach/report');
const hasReportLink = (hash: string) => /[#&]r=/.test(hash);

/** Take a report out of the page's address and history (the fragment, which the browser never sent anywhere). */
function forgetReportLink(): void {
  if (hasReportLink(window.location.hash))
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

export default function CoachDashboardIsland({ lessons, worksheets }: CoachDashboardIslandProps) {
  const ready = useHydrated();
  const coach = useStore($coach);
  const [incoming, setIncoming] = useState<Incoming>({ step: 'idle' });
  const [pasted, setPasted] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteCopies, setDeleteCopies] = useState(false);
  const [dataMessage, setDataMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const passphraseBox = useRef<HTMLInputElement>(null);
  const incomingBox = useRef<HTMLDivElement>(null);
  // A report is drawn only once one is opened, or a client is: its view loads then.
  const view = useLazy(() => import('~/ui/coach/ReportView'), incoming.step === 'opened' || openKey !== null);
  const ReportView = view?.ReportView ?? (() => <p class="meta">Drawing the report…</p>);

  /** Go on from what a text, link or file holds: open it with its assignment's key, or ask for the passphrase. */
  /** Show what was read; true when it is a report (opened, or sealed and waiting for its passphrase). */
  const receive = async (read: Read, codec: Codec): Promise<boolean> => {
    if (!read.ok) {
      setIncoming({ step: 'error', message: read.error.message });
      return false;
    }
    const envelope = read.value;
    const openedAt = new Date().toISOString();
    if (envelope.kind === 'plain') {
      setIncoming({ step: 'opened', received: { report: envelope.report, via: 'unlocked' }, openedAt });
      return true;
    }
    if (envelope.kind === 'sealed') {
      setIncoming({ step: 'sealed', token: envelope.token });
      return true;
    }
    const key = keyOfAssignment($coach.get().record, envelope.keyed.assignmentId);
    if (!key) {
      const { messageFor } = await import('~/lib/coach/errors');
      setIncoming({ step: 'error', message: messageFor('not-issued', 'report') });
      return false;
    }
    setIncoming({ step: 'reading' });
    const opened = await codec.openKeyedReport(envelope.keyed, key);
    setIncoming(
      opened.ok
        ? { step: 'opened', received: { report: opened.value, via: 'key' }, openedAt }
        : { step: 'error', message: opened.error.message },
    );
    return opened.ok;
  };

  /** Read a pasted link; true when it was a report, so the box can be emptied (a refused link stays to be fixed). */
  const receiveText = async (text: string): Promise<boolean> => {
    // Measured before anything else is done with it: a text longer than any report link is not read at all.
    if (text.length > MAX_REPORT_TEXT_CHARS) {
      setIncoming({ step: 'error', message: tooLongToRead(text.length) });
      return false;
    }
    setIncoming({ step: 'reading' });
    const codec = await loadCodec();
    return receive(codec.readReportText(text), codec);
  };

  useEffect(() => {
    // A report link opened in this tab, now or later (only the fragment changes, so the page does not reload).
    const fromAddress = async () => {
      const hash = window.location.hash;
      if (!hasReportLink(hash)) return;
      if (hash.length > MAX_REPORT_TEXT_CHARS) {
        forgetReportLink();
        return setIncoming({ step: 'error', message: tooLongToRead(hash.length) });
      }
      setIncoming({ step: 'reading' });
      const codec = await loadCodec();
      const read = codec.readReportText(hash);
      // Read, so out of the address. A sealed one stays until it is opened, so that a reload asks for the passphrase.
      if (!(read.ok && read.value.kind === 'sealed')) forgetReportLink();
      await receive(read, codec);
    };
    void fromAddress();
    const onChange = () => void fromAddress();
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  // Focus follows the report: into the passphrase box or the opened report, and, once the panel whose button was
  // used has gone (added, refused, discarded), to what happened or back to the paste box, never to the page.
  const outcomeBox = useRef<HTMLDivElement>(null);
  const stepBefore = useRef(incoming.step);
  useLayoutEffect(() => {
    const panelWasOpen = stepBefore.current === 'sealed' || stepBefore.current === 'opened';
    stepBefore.current = incoming.step;
    if (incoming.step === 'sealed') passphraseBox.current?.focus();
    else if (incoming.step === 'opened') incomingBox.current?.focus();
    else if (panelWasOpen && incoming.step === 'idle') document.getElementById('report-paste')?.focus();
    else if (panelWasOpen) outcomeBox.current?.focus();
  }, [incoming.step]);

  if (!ready) return <p class="meta island-loading">Loading your clients…</p>;
  const record = coach.record;
  const clients = Object.entries(record?.clients ?? {}).sort(([, a], [, b]) =>
    shownName(a.name).localeCompare(shownName(b.name)),
  );
  const open = openKey && record && Object.hasOwn(record.clients, openKey) ? record.clients[openKey] : undefined;
  const day = today();
  const plan = incoming.step === 'opened' ? planAddReport(record, incoming.received, incoming.openedAt) : undefined;
  const copies = coachCopies();
  const readOnly = coach.problem?.kind === 'newer';

  const add = () => {
    if (incoming.step !== 'opened') return;
    const { plan: added, result } = addReport(incoming.received);
    if (!added.ok) return setIncoming({ step: 'error', message: added.message });
    if (!result.saved && result.reason === 'newer') {
      return setIncoming({
        step: 'error',
        message: 'Your coach data here was saved by a newer version of the course, so this copy will not change it.',
      });
    }
    if (!result.saved) {
      return setIncoming({
        step: 'done',
        message: `The report from ${added.clientName} is shown, but this browser's storage is full, so it is not saved yet. Export your coach data to keep a copy.`,
      });
    }
    setOpenKey(added.clientKey);
    setIncoming({
      step: 'done',
      message:
        added.outcome === 'already-have'
          ? `You already have this report from ${added.clientName}.`
          : `Report from ${added.clientName} added.${added.lettingGo > 0 ? ` ${added.lettingGo} earlier ${added.lettingGo === 1 ? 'report was' : 'reports were'} let go to make room.` : ''}`,
    });
  };

  return (
    <div class="coach-dashboard">
      <CoachDataNotices problem={coach.problem} />
      <section aria-labelledby="add-report">
        <h2 id="add-report">Add a report</h2>
        <div class="field">
          <label class="field-label" for="report-paste">
            Paste a report link
          </label>
          <p class="field-help" id="report-paste-help">
            The link your client sent. Opening it in this browser works too. You see the report first; it is kept only
            when you add it.
          </p>
          <textarea
            id="report-paste"
            rows={2}
            aria-describedby="report-paste-help"
            value={pasted}
            onPaste={(event) => {
              const text = event.clipboardData?.getData('text') ?? '';
              if (text.length > MAX_REPORT_TEXT_CHARS) {
                // Far too long to be a report: not put in the box (which would take time to draw), and not read.
                event.preventDefault();
                setIncoming({ step: 'error', message: tooLongToRead(text.length) });
              }
            }}
            onInput={(event) => {
              const box = event.currentTarget as HTMLTextAreaElement;
              if (box.value.length > MAX_REPORT_TEXT_CHARS) {
                setIncoming({ step: 'error', message: tooLongToRead(box.value.length) });
                box.value = '';
                setPasted('');
              } else setPasted(box.value);
            }}
          />
          <p>
            <button
              type="button"
              class="small-button"
              disabled={pasted.trim() === ''}
              onClick={() => {
                const text = pasted;
                void receiveText(text).then((isReport) => {
                  // Emptied once it is read as a report; a link that is refused stays in the box, to be checked.
                  if (isReport) setPasted((now) => (now === text ? '' : now));
                });
              }}
            >
              Open this report
            </button>
          </p>
        </div>
        <div class="field">
          <label class="field-label" for="report-file">
            Or choose a report file
          </label>
          <input
            id="report-file"
            type="file"
            accept=".json,application/json"
            onChange={async (event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (!file) return;
              setIncoming({ step: 'reading' });
              // A file too large to be a report is not read at all; readReportFile says so from its size.
              const text = file.size > MAX_REPORT_FILE_BYTES ? '' : await file.text();
              const codec = await loadCodec();
              await receive(codec.readReportFile(text, file.size), codec);
            }}
          />
        </div>
        <div aria-live="polite" tabIndex={-1} ref={outcomeBox}>
          {incoming.step === 'reading' && <p class="meta">Opening the report…</p>}
          {incoming.step === 'error' && (
            <Notice tone="danger" title="This report was not added" role="alert">
              <p>{incoming.message}</p>
              <p>Nothing was saved.</p>
            </Notice>
          )}
          {incoming.step === 'done' && (
            <p class="notice notice-info" role="status">
              {incoming.message}
            </p>
          )}
        </div>
        {incoming.step === 'sealed' && (
          <form
            class="panel"
            onSubmit={async (event) => {
              event.preventDefault();
              setBusy(true);
              const codec = await loadCodec();
              const opened = await codec.openSealedReport(incoming.token, passphrase);
              setBusy(false);
              setPassphrase('');
              if (opened.ok) {
                forgetReportLink();
                setIncoming({
                  step: 'opened',
                  received: { report: opened.value, via: 'passphrase' },
                  openedAt: new Date().toISOString(),
                });
              } else if (opened.error.kind === 'wrong-passphrase')
                setIncoming({ ...incoming, problem: opened.error.message });
              else {
                forgetReportLink();
                setIncoming({ step: 'error', message: opened.error.message });
              }
            }}
          >
            <p class="notice-title">This report is sealed</p>
            <label class="field-label" for="report-open-passphrase">
              The passphrase your client gave you
            </label>
            <input
              id="report-open-passphrase"
              ref={passphraseBox}
              type="password"
              autoComplete="off"
              value={passphrase}
              onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
            />
            {incoming.problem && (
              <p class="field-problem" role="alert">
                {incoming.problem}
              </p>
            )}
            <p class="button-row">
              <button type="submit" class="button" disabled={busy || passphrase === ''}>
                {busy ? 'Opening…' : 'Open the report'}
              </button>
              <button
                type="button"
                class="button button-quiet"
                onClick={() => {
                  forgetReportLink();
                  setIncoming({ step: 'idle' });
                }}
              >
                Cancel
              </button>
            </p>
          </form>
        )}
        {incoming.step === 'opened' && plan && (
          <div class="panel received" role="region" aria-labelledby="received-heading" tabIndex={-1} ref={incomingBox}>
            <h3 id="received-heading">
              Report from <bdi>{plan.ok ? plan.clientName : shownName(incoming.received.report.client)}</bdi>
            </h3>
            {incoming.received.via === 'key' ? (
              <p class="trust trust-verified">
                Verified: it opened with the key of the assignment you made for{' '}
                <bdi>{plan.ok ? plan.clientName : ''}</bdi>, so it came from that link and was not changed.
              </p>
            ) : (
              <p class="trust trust-unverified">
                Not verified:{' '}
                {incoming.received.via === 'passphrase'
                  ? 'it was sealed with a passphrase, not with the key of an assignment you made, so anyone who knew the passphrase could have made it.'
                  : 'it is in an old form with no lock, so anyone who saw it could have read it, changed it or made one like it.'}{' '}
                It says it is from <bdi>{shownName(incoming.received.report.client)}</bdi>; check with them before you
                rely on it.
              </p>
            )}
            {plan.ok &&
              incoming.received.via === 'key' &&
              shownName(incoming.received.report.client) !== plan.clientName && (
                <p class="meta">
                  In the report they call themselves <bdi>{shownName(incoming.received.report.client)}</bdi>.
                </p>
              )}
            {plan.ok && plan.future && (
              <p class="notice notice-warning">
                It says it was made on {dayInWords(incoming.received.report.createdAt.slice(0, 10))}, more than a day
                from now: your client&rsquo;s clock may be wrong. Reports are ordered by when you add them, so this date
                changes nothing.
              </p>
            )}
            {!plan.ok ? (
              <Notice tone="danger" title="This report cannot be kept" role="alert">
                <p>{plan.message}</p>
              </Notice>
            ) : plan.outcome === 'already-have' ? (
              <p class="notice notice-info">You already have this report from {plan.clientName}.</p>
            ) : (
              <p>
                {plan.outcome === 'new-client'
                  ? `Adding it makes a new row for ${plan.clientName}${plan.verified ? '' : ', marked unverified'}.`
                  : `Adding it makes it ${plan.clientName}'s latest report.`}
                {plan.madeBeforeLatest && ' It was made before the latest report you have from them.'}
                {plan.lettingGo > 0 &&
                  ` To stay within what is kept for one client (10 reports, 500,000 characters), ${plan.lettingGo} earlier ${plan.lettingGo === 1 ? 'report goes' : 'reports go'}.`}
              </p>
            )}
            <p class="button-row">
              {plan.ok && plan.outcome !== 'already-have' && (
                <button type="button" class="button" disabled={readOnly} onClick={add}>
                  Add to {plan.clientName}&rsquo;s reports
                </button>
              )}
              <button type="button" class="button button-quiet" onClick={() => setIncoming({ step: 'idle' })}>
                {plan.ok && plan.outcome !== 'already-have' ? 'Discard' : 'Close'}
              </button>
            </p>
            <ReportView
              report={incoming.received.report}
              headingLevel={3}
              from={plan.ok ? plan.clientName : undefined}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="clients-heading">
        <h2 id="clients-heading">Your clients</h2>
        {clients.length === 0 ? (
          <p class="meta">
            {coach.problem
              ? 'No clients can be shown: see the notice above.'
              : 'No clients yet. Make an assignment, or add a report a client sent you.'}
          </p>
        ) : (
          <ClientsTable
            clients={clients}
            lessons={lessons}
            worksheets={worksheets}
            day={day}
            openKey={openKey}
            onToggle={(key) => setOpenKey(openKey === key ? null : key)}
          />
        )}
      </section>

      {open && openKey && (
        <section class="panel" aria-labelledby="client-heading">
          <h2 id="client-heading">
            <bdi>{shownName(open.name)}</bdi>
          </h2>
          {open.assignment ? (
            <p class="meta">
              Assignment made {dayInWords(open.assignment.issuedAt.slice(0, 10))}:{' '}
              {countOf(open.assignment.items.length, 'item', 'items')}.{' '}
              {open.assignment.key
                ? 'Reports from its link are locked with its key, so you know they came from it.'
                : 'It was made before assignments had keys: its reports are not verified. Make a new link for this client to give it one.'}
            </p>
          ) : (
            <p class="meta">
              No assignment of yours: reports filed under this name are not verified, since anyone could have sent them.
            </p>
          )}
          {open.reports[0] ? (
            <>
              <p class={open.reports[0].verified ? 'trust trust-verified' : 'trust trust-unverified'}>
                Latest report {open.reports[0].verified ? 'verified' : 'not verified'}, added{' '}
                {dayInWords(open.reports[0].receivedAt.slice(0, 10))}.
              </p>
              <ReportView report={open.reports[0].report} from={shownName(open.name)} />
            </>
          ) : (
            <p class="meta">No report from {shownName(open.name)} yet.</p>
          )}
          {open.reports.length > 1 && (
            <p class="meta">{countOf(open.reports.length - 1, 'earlier report', 'earlier reports')} kept.</p>
          )}
          {confirmRemove === openKey ? (
            <p class="button-row" role="group" aria-label={`Remove ${shownName(open.name)}?`}>
              <span>
                Remove {shownName(open.name)}, their assignment and {countOf(open.reports.length, 'report', 'reports')}{' '}
                from this browser?
                {open.assignment?.key && ' Reports from their link could no longer be opened here.'}
              </span>
              <button
                type="button"
                class="button button-danger"
                onClick={() => {
                  removeClient(openKey);
                  setOpenKey(null);
                  setConfirmRemove(null);
                }}
              >
                Yes, remove {shownName(open.name)}
              </button>
              <button type="button" class="button button-quiet" onClick={() => setConfirmRemove(null)}>
                Keep
              </button>
            </p>
          ) : (
            <button
              type="button"
              class="button button-quiet"
              disabled={readOnly}
              onClick={() => setConfirmRemove(openKey)}
            >
              Remove this client…
            </button>
          )}
        </section>
      )}

      <section aria-labelledby="coach-data">
        <h2 id="coach-data">Your coach data</h2>
        <p>
          Your clients, the keys of your assignments and the reports you added live only in this browser. Export them to
          keep a copy or to move them to another browser: the file holds your assignments&rsquo; keys, so keep it as
          private as the reports.
        </p>
        <p class="button-row">
          <button
            type="button"
            class="button button-quiet"
            onClick={async () => {
              const [{ exportCoachData }, { downloadFile }] = await Promise.all([
                import('~/stores/coach-file'),
                import('~/islands/download'),
              ]);
              const file = exportCoachData();
              downloadFile(file.fileName, file.text, 'application/json');
            }}
          >
            Export my coach data
          </button>
        </p>
        <div class="field">
          <label class="field-label" for="coach-import">
            Import coach data
          </label>
          <p class="field-help" id="coach-import-help">
            A file exported from this page. It is checked completely first, then merged with what is here; nothing is
            lost.
          </p>
          <input
            id="coach-import"
            type="file"
            accept=".json,application/json"
            aria-describedby="coach-import-help"
            onChange={async (event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (!file) return;
              const { importCoachData, MAX_COACH_FILE_BYTES } = await import('~/stores/coach-file');
              const result = importCoachData(file.size > MAX_COACH_FILE_BYTES ? '' : await file.text(), file.size);
              setDataMessage(
                result.ok
                  ? { ok: true, text: `Imported ${countOf(result.clients, 'client', 'clients')}.` }
                  : { ok: false, text: result.message },
              );
            }}
          />
        </div>
        {dataMessage && (
          <p
            class={dataMessage.ok ? 'notice notice-info' : 'notice notice-danger'}
            role={dataMessage.ok ? 'status' : 'alert'}
          >
            {dataMessage.text}
          </p>
        )}
        {copies.length > 0 && (
          <div class="field">
            <p>
              {copies.length === 1
                ? 'A copy of coach data that could not be read is kept aside in this browser.'
                : `${copies.length} copies of coach data that could not be read are kept aside in this browser.`}
            </p>
            <ul>
              {copies.map((copy) => (
                <li key={copy.key}>
                  Kept {copy.keptAt ? dayInWords(copy.keptAt.slice(0, 10)) : 'at an unknown time'}:{' '}
                  <button type="button" class="small-button" onClick={() => void downloadCoachCopy(copy)}>
                    Download it
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {confirmDelete ? (
          <div class="panel confirm-delete" role="group" aria-label="Delete all coach data?">
            <p>
              Delete {countOf(clients.length, 'client', 'clients')}, their assignments and keys, and their reports from
              this browser?
              {coach.problem?.kind === 'newer' && ' Your coach data from a newer version of the course goes too.'} This
              cannot be undone; export first if you may need them. Reports from your assignments&rsquo; links could no
              longer be opened here.
            </p>
            {copies.length > 0 && (
              <label class="choice">
                <input
                  type="checkbox"
                  checked={deleteCopies}
                  onChange={(e) => setDeleteCopies((e.currentTarget as HTMLInputElement).checked)}
                />
                <span>
                  Also delete the {copies.length === 1 ? 'copy' : `${copies.length} copies`} of unreadable coach data
                  kept aside (download {copies.length === 1 ? 'it' : 'them'} first if you may need{' '}
                  {copies.length === 1 ? 'it' : 'them'})
                </span>
              </label>
            )}
            <p class="button-row">
              <button
                type="button"
                class="button button-danger"
                onClick={() => {
                  deleteCoachData({ withCopies: deleteCopies });
                  setConfirmDelete(false);
                  setDeleteCopies(false);
                  setOpenKey(null);
                }}
              >
                Yes, delete all coach data
              </button>
              <button type="button" class="button button-quiet" onClick={() => setConfirmDelete(false)}>
                Cancel
              </button>
            </p>
          </div>
        ) : (
          <button type="button" class="button button-danger" onClick={() => setConfirmDelete(true)}>
            Delete all coach data…
          </button>
        )}
      </section>
    </div>
  );
}
