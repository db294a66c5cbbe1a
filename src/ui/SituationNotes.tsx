/**
 * "Your situation" at the end of a lesson: the one question the whole course asks about the learner's situation, and
 * how this lesson applies to someone between jobs or changing field. The note that matches the answer opens and says
 * so; both can always be read. Props in, markup out.
 */
import { SITUATIONS, type Situation } from '~/lib/situation';

export interface SituationNotesProps {
  /** Unique on the page, for ids. */
  idBase: string;
  situation: Situation | undefined;
  notes: { betweenJobs: string; changingField: string };
  /** False until hydrated, and when the answer cannot be changed here. */
  enabled: boolean;
  /** Why the answer cannot be changed, when it cannot. */
  problem?: string | undefined;
  auditHref: string;
  onChange: (situation: Situation | undefined) => void;
}

/** Paragraphs of a note (blank lines between them in the YAML). */
const paragraphs = (text: string) => text.split(/\n\s*\n/).filter((part) => part.trim() !== '');

export function SituationNotes({
  idBase,
  situation,
  notes,
  enabled,
  problem,
  auditHref,
  onChange,
}: SituationNotesProps) {
  const selectId = `${idBase}-situation`;
  const sections = [
    { key: 'job-seeking', title: 'If you are between jobs', text: notes.betweenJobs },
    { key: 'changing', title: 'If you are changing field or career', text: notes.changingField },
  ] as const;
  return (
    <div class="situation-notes">
      <div class="field">
        <label class="field-label" for={selectId}>
          Your situation
        </label>
        <p class="field-help" id={`${selectId}-help`}>
          The course asks this once. It is the same answer as in your <a href={auditHref}>network audit</a>: change it
          here or there.
        </p>
        <select
          id={selectId}
          aria-describedby={`${selectId}-help`}
          disabled={!enabled}
          value={situation ?? ''}
          onChange={(e) =>
            onChange(((e.currentTarget as HTMLSelectElement).value || undefined) as Situation | undefined)
          }
        >
          <option value="">Not answered</option>
          {SITUATIONS.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        {problem && <p class="meta">{problem}</p>}
      </div>
      {sections.map((section) => {
        const mine = situation === section.key;
        return (
          // The key re-creates the disclosure when the answer changes, so the matching note opens without fighting a
          // learner who opened or closed it by hand.
          <details key={`${section.key}-${mine}`} class="situation-note" open={mine}>
            <summary>
              {section.title}
              {mine && <span class="badge"> You said this applies to you</span>}
            </summary>
            {paragraphs(section.text).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </details>
        );
      })}
    </div>
  );
}
