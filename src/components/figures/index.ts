/** The course's figures by id, for <Figure id="…"> in a lesson. Add a figure here to make it available. */
import AskBothFirst from '~/components/figures/AskBothFirst.astro';
import BroadcastOrNetwork from '~/components/figures/BroadcastOrNetwork.astro';
import ClosedOrOpen from '~/components/figures/ClosedOrOpen.astro';
import FavoursFlowing from '~/components/figures/FavoursFlowing.astro';
import LinesOfPower from '~/components/figures/LinesOfPower.astro';
import MentorOrSponsor from '~/components/figures/MentorOrSponsor.astro';
import NetworkToCareer from '~/components/figures/NetworkToCareer.astro';
import QuestionLadder from '~/components/figures/QuestionLadder.astro';
import RampTimeline from '~/components/figures/RampTimeline.astro';
import WeakTieBridge from '~/components/figures/WeakTieBridge.astro';

export const figures = {
  'broadcast-or-network': BroadcastOrNetwork,
  'lines-of-power': LinesOfPower,
  'closed-or-open': ClosedOrOpen,
  'favours-flowing': FavoursFlowing,
  'weak-tie-bridge': WeakTieBridge,
  'question-ladder': QuestionLadder,
  'ramp-timeline': RampTimeline,
  'network-to-career': NetworkToCareer,
  'ask-both-first': AskBothFirst,
  'mentor-or-sponsor': MentorOrSponsor,
};
