/**
 * The audit's people on paper: one compact row each with the answers that matter most, instead of a card per person
 * (which took five half-empty pages for twelve people). Shown only in print; a blank stays blank.
 */
import { NETWORK_TYPES, SIDES, labelOf, type Contact } from '~/lib/network/audit';
import { introductionInWords, introductionOf } from '~/lib/network/answers';

const signed = (value: number | undefined) => (value === undefined ? '' : value > 0 ? `+${value}` : String(value));

export function PeoplePrintTable({ contacts }: { contacts: Contact[] }) {
  if (contacts.length === 0) return null;
  return (
    <table class="print-only audit-print-people">
      <caption>Your people and your answers about them (blank: not answered yet)</caption>
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Introduced by</th>
          <th scope="col">Kind</th>
          <th scope="col">Inside or outside</th>
          <th scope="col">Field</th>
          <th scope="col">Closeness (1–5)</th>
          <th scope="col">Last real conversation</th>
          <th scope="col">Energy (−2 to +2)</th>
          <th scope="col">Give and get (−2 to +2)</th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((contact) => (
          <tr key={contact.id}>
            <th scope="row">{contact.alias || 'Unnamed'}</th>
            <td>
              {introductionOf(contact, contacts).kind === 'me'
                ? 'myself'
                : introductionInWords(introductionOf(contact, contacts))}
            </td>
            <td>{labelOf(NETWORK_TYPES, contact.networkType).split(':')[0]}</td>
            <td>{labelOf(SIDES, contact.side).replace(' your organisation', '').replace('Outside it', 'Outside')}</td>
            <td>{contact.field?.trim() ?? ''}</td>
            <td>{contact.closeness ?? ''}</td>
            <td>{contact.lastConversation ?? ''}</td>
            <td>{signed(contact.energy)}</td>
            <td>{signed(contact.giveGet)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
