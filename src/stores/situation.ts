/**
 * The learner's situation, one answer for the whole course, kept in the network audit's setup
 * (`real-networking:audit`, `setup.situation`; shape, version and migrations in src/lib/network/audit.ts). This file
 * only names that one answer for the lessons, so no other record ever stores a second copy.
 */
import { computed } from 'nanostores';
import type { Situation } from '~/lib/situation';
import { $audit, editSetup } from '~/stores/audit';
import type { SaveResult } from '~/stores/record-store';

/** The situation as answered (undefined when not answered), and whether it can be changed here. */
export const $situation = computed($audit, (state) => ({
  situation: state.record?.setup.situation as Situation | undefined,
  // An audit written by a newer version of the site is left untouched, so its situation is shown, not changed.
  readOnly: state.problem?.kind === 'newer',
}));

/** Answer (or clear) the situation: the audit shows the same answer. */
export function setSituation(situation: Situation | undefined): SaveResult {
  return editSetup({ situation });
}
