/**
 * /coach/clients/: the coach's dashboard. Reports arrive by link or file (sealed ones with a passphrase) and are kept
 * in the coach's browser: a table of clients by module, each client's answers and audit summary, remove a client,
 * and export, import or delete all coach data. Everything from a report is shown as text.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { tokenFromFragment } from '~/lib/coach/assignment';
import { itemStatus, STATUS_WORDS, type ItemStatus } from '~/lib/coach/progress';
import {
  decodeReport,
  MAX_REPORT_BYTES,
  openSealedReport,
  readReportFile,
  type ProgressReport,
} from '~/lib/coach/report';
import { MAX_COACH_FILE_BYTES, REPORTS_KEPT, type CoachClient } from '~/lib/coach/dashboard';
import { dateInWords, today } from '~/lib/dates';
import { $coach, addReport, deleteCoachData, exportCoachData, importCoachData, removeClient } from '~/stores/coach';
import { downloadFile } from '~/islands/download';
import { useHydrated } from '~/islands/hydration';
import { ReportView } from '~/ui/coach/ReportView';
import { Notice } from '~/ui/Notice';

export interface CoachDashboardIslandProps {
  lessons: { slug: string; module: number; title: string }[];
}

type Incoming =
  | { step: 'idle' }
  | { step: 'sealed'; token: string; from: string; problem?: string }
  | { step: 'error'; message: string }
  | { step: 'done'; message: string };

/** What the coach's table shows for one client and one module. */
function cellStatus(client: CoachClient, slug: string, day: string): ItemStatus | 'not-assigned' {
  const item = client.assignment?.items.find((i) => i.kind === 'module' && i.id === slug);
  const reported = client.reports[0]?.modules.find((m) => m.id === slug);
  if (!item) return reported?.done ? 'done' : 'not-assigned';
  return itemStatus(item, Boolean(reported?.done), day);
}

/** Take a report out of the page's address (the fragment, which the browser never sent anywhere). */
function forgetReportLink(): void {
  if (tokenFromFragment(window.location.hash, 'r'))
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

export default function CoachDashboardIsland({ lessons }: CoachDashboardIslandProps) {
  const ready = useHydrated();
  const coach = useStore($coach);
  const [incoming, setIncoming] = useState<Incoming>({ step: 'idle' });
  const [pasted, setPasted] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [dataMessage, setDataMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const passphraseBox = useRef<HTMLInputElement>(null);

  const keep = (report: ProgressReport) => {
    const { outcome, result } = addReport(report);
    if (!result.saved && result.reason === 'newer') {
      return setIncoming({
        step: 'error',
        message: 'Your coach data here was saved by a newer version of the course, so this copy will not change it.',
      });
    }
    if (!result.saved) {
      return setIncoming({
        step: 'done',
        message: `The report from ${report.client} is shown, but this browser's storage is full, so it is not saved yet. Export your coach data to keep a copy.`,
      });
    }
    setIncoming({
      step: 'done',
      message:
        outcome === 'already-have'
          ? `You already have this report from ${report.client}.`
          : outcome === 'older'
            ? `Kept this earlier report from ${report.client}; the newer one is still shown.`
            : outcome === 'too-old'
              ? `This report from ${report.client} is older than the ${REPORTS_KEPT} kept, so it was not added.`
              : `Report from ${report.client} added.`,
    });
  };

  /** Add a report from a link or its token; 'sealed' when it waits for the passphrase. */
  const receive = (text: string, from: string): 'done' | 'sealed' => {
    const trimmed = text.trim();
    const token = tokenFromFragment(trimmed, 'r') ?? trimmed;
    const decoded = decodeReport(token);
    if (decoded.ok) keep(decoded.value);
    else if (decoded.error.kind === 'sealed' && decoded.error.sealed) {
      setIncoming({ step: 'sealed', token: decoded.error.sealed, from });
      return 'sealed';
    } else setIncoming({ step: 'error', message: decoded.error.message });
    return 'done';
  };

  useEffect(() => {
    // Read the address once, when the page opens.
    const token = tokenFromFragment(window.location.hash, 'r');
    if (!token) return;
    // Then take the report out of the address, so the client's answers are not left in the address bar, history or
    // a bookmark. A sealed one stays until it is opened, so that a reload asks for the passphrase again.
    if (receive(token, 'link') !== 'sealed') forgetReportLink();
  }, []);
  useEffect(() => {
    if (incoming.step === 'sealed') passphraseBox.current?.focus();
  }, [incoming.step]);

  if (!ready) return <p class="meta">Loading your clients…</p>;
  const clients = Object.entries(coach.record?.clients ?? {}).sort(([, a], [, b]) => a.name.localeCompare(b.name));
  const open = openKey ? coach.record?.clients[openKey] : undefined;
  const day = today();

  return (
    <div class="coach-dashboard">
      <section aria-labelledby="add-report">
        <h2 id="add-report">Add a report</h2>
        <div class="field">
          <label class="field-label" for="report-paste">
            Paste a report link
          </label>
          <p class="field-help" id="report-paste-help">
            The link your client sent. Opening it in this browser adds it too.
          </p>
          <textarea
            id="report-paste"
            rows={2}
            aria-describedby="report-paste-help"
            value={pasted}
            onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <button
            type="button"
            class="small-button"
            disabled={pasted.trim() === ''}
            onClick={() => {
              receive(pasted, 'link');
              setPasted('');
            }}
          >
            Add this report
          </button>
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
              // A file too large to be a report is not read at all; readReportFile says so from its size.
              const text = file.size > MAX_REPORT_BYTES ? '' : await file.text();
              const read = readReportFile(text, file.size);
              if (read.ok) keep(read.value);
              else if (read.error.kind === 'sealed' && read.error.sealed)
                setIncoming({ step: 'sealed', token: read.error.sealed, from: file.name });
              else setIncoming({ step: 'error', message: read.error.message });
            }}
          />
        </div>
        <div aria-live="polite">
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
              const opened = await openSealedReport(incoming.token, passphrase);
              setBusy(false);
              setPassphrase('');
              if (opened.ok) {
                keep(opened.value);
                forgetReportLink();
              } else if (opened.error.kind === 'wrong-passphrase')
                setIncoming({ ...incoming, problem: opened.error.message });
              else setIncoming({ step: 'error', message: opened.error.message });
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
              <button type="button" class="button button-quiet" onClick={() => setIncoming({ step: 'idle' })}>
                Cancel
              </button>
            </p>
          </form>
        )}
      </section>

      <section aria-labelledby="clients-heading">
        <h2 id="clients-heading">Your clients</h2>
        {clients.length === 0 ? (
          <p class="meta">No clients yet. Make an assignment, or add a report a client sent you.</p>
        ) : (
          <div class="table-scroll">
            <table class="clients-table">
              <caption class="visually-hidden">
                Clients by module: status from their latest report and your due dates
              </caption>
              <thead>
                <tr>
                  <th scope="col">Client</th>
                  {lessons.map((lesson) => (
                    <th scope="col" key={lesson.slug}>
                      <abbr title={lesson.title}>M{lesson.module}</abbr>
                    </th>
                  ))}
                  <th scope="col">Last report</th>
                  <th scope="col">Due or overdue</th>
                </tr>
              </thead>
              <tbody>
                {clients.map(([key, client]) => {
                  const statuses = lessons.map((lesson) => cellStatus(client, lesson.slug, day));
                  const pressing = client.assignment?.items
                    .filter((item) => {
                      const done = client.reports[0]?.modules.find((m) => m.id === item.id)?.done ?? false;
                      const status = itemStatus(item, done, day);
                      return status === 'overdue' || status === 'due-soon';
                    })
                    .map(
                      (item) =>
                        `${lessons.find((l) => l.slug === item.id)?.module ? `M${lessons.find((l) => l.slug === item.id)!.module}` : item.id}${item.due && item.due < day ? ' (overdue)' : ''}`,
                    );
                  return (
                    <tr key={key}>
                      <th scope="row">
                        <button
                          type="button"
                          class="link-button"
                          aria-expanded={openKey === key}
                          onClick={() => setOpenKey(openKey === key ? null : key)}
                        >
                          {client.name}
                        </button>
                      </th>
                      {statuses.map((status, index) => (
                        <td key={lessons[index]!.slug} class={`status-${status}`}>
                          {status === 'not-assigned' ? '–' : STATUS_WORDS[status]}
                        </td>
                      ))}
                      <td>{client.reports[0] ? dateInWords(client.reports[0].createdAt) : 'none yet'}</td>
                      <td>{pressing && pressing.length > 0 ? pressing.join(', ') : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {open && openKey && (
        <section class="panel" aria-labelledby="client-heading">
          <h2 id="client-heading">{open.name}</h2>
          {open.assignment && (
            <p class="meta">
              Assignment made {dateInWords(open.assignment.issuedAt)}: {open.assignment.items.length} items.
            </p>
          )}
          {open.reports[0] ? (
            <ReportView report={open.reports[0]} />
          ) : (
            <p class="meta">No report from {open.name} yet.</p>
          )}
          {open.reports.length > 1 && <p class="meta">{open.reports.length - 1} earlier reports kept.</p>}
          {confirmRemove === openKey ? (
            <p class="button-row" role="group" aria-label={`Remove ${open.name}?`}>
              <span>
                Remove {open.name}, their assignment and {open.reports.length} reports from this browser?
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
                Yes, remove {open.name}
              </button>
              <button type="button" class="button button-quiet" onClick={() => setConfirmRemove(null)}>
                Keep
              </button>
            </p>
          ) : (
            <button type="button" class="button button-quiet" onClick={() => setConfirmRemove(openKey)}>
              Remove this client…
            </button>
          )}
        </section>
      )}

      <section aria-labelledby="coach-data">
        <h2 id="coach-data">Your coach data</h2>
        <p>
          Your clients and their reports live only in this browser. Export them to keep a copy or to move them to
          another browser.
        </p>
        <p class="button-row">
          <button
            type="button"
            class="button button-quiet"
            onClick={() => {
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
              const result = importCoachData(file.size > MAX_COACH_FILE_BYTES ? '' : await file.text(), file.size);
              setDataMessage(
                result.ok
                  ? { ok: true, text: `Imported ${result.clients} clients.` }
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
        {confirmDelete ? (
          <div class="panel confirm-delete" role="group" aria-label="Delete all coach data?">
            <p>
              Delete {clients.length} clients, their assignments and reports from this browser? This cannot be undone;
              export first if you may need them.
            </p>
            <p class="button-row">
              <button
                type="button"
                class="button button-danger"
                onClick={() => {
                  deleteCoachData();
                  setConfirmDelete(false);
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
