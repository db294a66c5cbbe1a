/**
 * The network as a picture: the learner at the centre, contacts coloured by kind of network, lines between people
 * who know each other. The same information follows as a table for anyone who cannot see the picture.
 */
import { NETWORK_TYPES, labelOf, tieBetween, type Contact, type Tie } from '~/lib/network/audit';
import type { PlacedNode } from '~/lib/network/layout';

export interface NetworkMapProps {
  contacts: Contact[];
  ties: Tie[];
  placed: PlacedNode[];
  size?: number;
}

export function NetworkMap({ contacts, ties, placed, size = 600 }: NetworkMapProps) {
  const at = new Map(placed.map((node) => [node.id, node]));
  const half = size / 2;
  const me = at.get('me') ?? { x: 0, y: 0 };
  return (
    <figure class="network-map">
      <svg
        viewBox={`${-half} ${-half} ${size} ${size}`}
        role="img"
        aria-labelledby="map-title map-desc"
        class="map-svg"
      >
        <title id="map-title">Map of your network</title>
        <desc id="map-desc">
          You at the centre, {contacts.length} {contacts.length === 1 ? 'person' : 'people'} around you, and{' '}
          {ties.length} pairs of them who know each other. The table below holds the same information.
        </desc>
        <g class="map-ego-ties">
          {contacts.map((contact) => {
            const node = at.get(contact.id);
            return node ? <line key={contact.id} x1={me.x} y1={me.y} x2={node.x} y2={node.y} /> : null;
          })}
        </g>
        <g class="map-ties">
          {ties.map((tie) => {
            const a = at.get(tie.a);
            const b = at.get(tie.b);
            return a && b ? (
              <line
                key={`${tie.a}-${tie.b}`}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                class={tie.strength === 2 ? 'tie-well' : 'tie'}
              />
            ) : null;
          })}
        </g>
        <g class="map-people">
          {contacts.map((contact) => {
            const node = at.get(contact.id);
            if (!node) return null;
            return (
              <g
                key={contact.id}
                transform={`translate(${node.x} ${node.y})`}
                class={`person-node type-${contact.networkType ?? 'unknown'}`}
              >
                <circle r="9" />
                <text y="-14" text-anchor="middle">
                  {contact.alias.length > 14 ? `${contact.alias.slice(0, 13)}…` : contact.alias}
                </text>
              </g>
            );
          })}
          <g class="person-node ego" transform={`translate(${me.x} ${me.y})`}>
            <circle r="14" />
            <text y="5" text-anchor="middle">
              You
            </text>
          </g>
        </g>
      </svg>
      <figcaption>
        <ul class="map-legend">
          {NETWORK_TYPES.map((type) => (
            <li key={type.value}>
              <svg width="14" height="14" aria-hidden="true" class={`type-${type.value}`}>
                <circle cx="7" cy="7" r="6" />
              </svg>{' '}
              {type.label.split(':')[0]}
            </li>
          ))}
          <li>
            <svg width="14" height="14" aria-hidden="true" class="type-unknown">
              <circle cx="7" cy="7" r="6" />
            </svg>{' '}
            Kind not given
          </li>
        </ul>
      </figcaption>
      <div class="table-scroll">
        <table class="map-table">
          <caption>Your network as a table</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Kind</th>
              <th scope="col">Knows</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((contact) => {
              const knows = contacts
                .filter((other) => other.id !== contact.id && tieBetween(ties, contact.id, other.id) > 0)
                .map((other) => `${other.alias}${tieBetween(ties, contact.id, other.id) === 2 ? ' (well)' : ''}`);
              return (
                <tr key={contact.id}>
                  <th scope="row">{contact.alias}</th>
                  <td>{labelOf(NETWORK_TYPES, contact.networkType).split(':')[0] || 'Not given'}</td>
                  <td>{knows.length > 0 ? knows.join(', ') : 'Nobody else on your list'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
