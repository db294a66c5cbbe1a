/**
 * The learner's situation, asked once for the whole course: new in a job or role, established, between jobs, or
 * changing field. It is stored in one place only, the network audit's setup (`real-networking:audit`, field
 * `setup.situation`, src/lib/network/audit.ts), and every place that asks it (the audit, and "Your situation" in each
 * lesson) reads and writes that one answer. Lessons show learners who are between jobs or changing field how that
 * module applies to them (content/situations.yaml).
 */
import type { Choice } from '~/lib/choices';

/** The situations, with the words the learner sees; values as stored in the audit's setup. */
export const SITUATIONS = [
  { value: 'new-in-role', label: 'New in a job or role' },
  { value: 'established', label: 'Established where I am' },
  { value: 'job-seeking', label: 'Between jobs' },
  { value: 'changing', label: 'Changing field or career' },
] as const satisfies readonly Choice[];

/** A stored situation. */
export type Situation = (typeof SITUATIONS)[number]['value'];

/** The situations a lesson has particular notes for, and the note each one reads. */
export const NOTED_SITUATIONS = { 'job-seeking': 'betweenJobs', changing: 'changingField' } as const;
