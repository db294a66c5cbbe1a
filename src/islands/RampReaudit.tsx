/**
 * The ramp plan's re-audit weeks (4, 13 and 26): the change in the network audit since its first snapshot. Loaded by
 * the ramp plan island only in those weeks, with the audit's store and comparison, so that every other week of the
 * plan loads none of the audit's code.
 */
import { useStore } from '@nanostores/preact';
import { today } from '~/lib/dates';
import { compareAudits } from '~/lib/network/compare';
import { $network } from '~/stores/audit';
import { ComparisonSummary, ComparisonTable } from '~/ui/audit/ComparisonTable';

/** The comparison with the first snapshot, or how to get one. */
export function RampReaudit() {
  const network = useStore($network);
  const firstSnapshot = network.snapshots[0];
  if (!firstSnapshot) {
    return <p class="meta">Take a first snapshot in your network audit, and the change since then will show here.</p>;
  }
  const comparison = compareAudits(
    firstSnapshot,
    {
      label: 'Now',
      takenAt: new Date().toISOString(),
      contacts: network.contacts,
      ties: network.ties,
      apart: network.apart,
    },
    today(),
  );
  return (
    <>
      <p>Since your first snapshot ({firstSnapshot.label}):</p>
      <ComparisonSummary comparison={comparison} />
      <ComparisonTable
        measures={comparison.measures}
        caption="Your network then and now"
        then="First snapshot"
        now="Now"
      />
    </>
  );
}
