/**
 * The network as a picture: the learner at the centre, contacts coloured by kind of network, a line between two
 * people only where the learner said they know each other (thick where they know each other well). The layout
 * (src/lib/network/layout.ts) keeps every person and every name clear of lines they are not part of. The picture is
 * drawn at its own size, so names stay 13 pixels high on any screen; a wide map scrolls sideways. A key explains
 * colours and lines, and the same information follows as a table for anyone who cannot see the picture.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NETWORK_TYPES, labelOf, pairKey, type Contact, type Pair, type Tie } from '~/lib/network/audit';
import { pairAnswers } from '~/lib/network/answers';
import { FONT_SIZE, type NetworkLayout } from '~/lib/network/layout';
import { TableScroll } from '~/ui/TableScroll';

export interface NetworkMapProps {
  contacts: Contact[];
  ties: Tie[];
  apart: Pair[];
  layout: NetworkLayout;
  /** Heading level for the key: one below the section's. */
  headingLevel: 3 | 4;
}

const kindOf = (contact: Contact) => labelOf(NETWORK_TYPES, contact.networkType).split(':')[0] || 'Not given';

export function NetworkMap({ contacts, ties, apart, layout, headingLevel }: NetworkMapProps) {
  const at = new Map(layout.nodes.map((node) => [node.id, node]));
  const me = at.get('me') ?? { x: 0, y: 0, r: 17 };
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const answers = pairAnswers({ ties, apart });
  const drawn = ties.filter((tie) => byId.has(tie.a) && byId.has(tie.b) && tie.a !== tie.b);
  const well = drawn.filter((tie) => tie.strength === 2).length;
  const total = (contacts.length * (contacts.length - 1)) / 2;
  const answered = contacts.reduce(
    (sum, contact, i) =>
      sum + contacts.slice(i + 1).filter((other) => answers.has(pairKey(contact.id, other.id))).length,
    0,
  );
  const open = total - answered;
  const H = `h${headingLevel}` as 'h3' | 'h4';
  const { box } = layout;
  const scroller = useRef<HTMLDivElement>(null);
  // A long table is built only when opened: 150 rows of who knows whom are slow to draw and rarely read at once.
  // The browser opens and closes the table; the page only follows (`open` is set once, never re-applied, so no
  // re-render can undo a click).
  const [openAtFirst] = useState(contacts.length <= 20);
  const [tableOpen, setTableOpen] = useState(openAtFirst);
  // A map wider than the screen opens with the learner in the middle of the view, not its top left corner.
  useLayoutEffect(() => {
    const view = scroller.current;
    if (!view) return;
    view.scrollLeft = Math.max(0, -box.x - view.clientWidth / 2);
    view.scrollTop = Math.max(0, -box.y - view.clientHeight / 2);
  }, [box.x, box.y, box.width, box.height]);
  return (
    <figure class="network-map" aria-labelledby="map-caption">
      <p id="map-caption" class="visually-hidden">
        Map of your network, with a key and the same information as a table
      </p>
      <div
        class="map-scroll"
        tabIndex={0}
        role="group"
        aria-label="Map of your network (scrolls when wider than the screen)"
      >
        <svg
          viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
          width={box.width}
          height={box.height}
          role="img"
          aria-labelledby="map-title map-desc"
          class="map-svg"
        >
          <title id="map-title">Map of your network</title>
          <desc id="map-desc">
            You at the centre, {contacts.length} {contacts.length === 1 ? 'person' : 'people'} around you.{' '}
            {layout.linesDrawn
              ? `A line joins each of the ${drawn.length} ${drawn.length === 1 ? 'pair' : 'pairs'} you said know each other (${well} well).`
              : 'No lines are drawn: too many of them know each other to draw clearly.'}{' '}
            {open > 0 ? `${open} ${open === 1 ? 'pair is' : 'pairs are'} not answered yet and not drawn. ` : ''}The
            table below holds the same information.
          </desc>
          {layout.linesDrawn && (
            <g class="map-ties">
              {drawn.map((tie) => {
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
          )}
          <g class="map-people">
            {contacts.map((contact) => {
              const node = at.get(contact.id);
              return node ? (
                <circle
                  key={contact.id}
                  cx={node.x}
                  cy={node.y}
                  r={node.r}
                  class={`person-node type-${contact.networkType ?? 'unknown'}`}
                />
              ) : null;
            })}
            <g class="person-node ego">
              <circle cx={me.x} cy={me.y} r={me.r} />
              <text x={me.x} y={me.y + FONT_SIZE * 0.35} text-anchor="middle" font-size={FONT_SIZE}>
                You
              </text>
            </g>
          </g>
          <g class="map-labels" aria-hidden="true">
            {layout.labels.map((label) => (
              <text key={label.id} x={label.x + 1} y={label.y + FONT_SIZE} font-size={FONT_SIZE}>
                {label.text}
              </text>
            ))}
          </g>
        </svg>
      </div>
      <figcaption class="map-key">
        <H class="map-key-title">Key</H>
        <ul class="map-legend">
          {NETWORK_TYPES.map((type) => (
            <li key={type.value}>
              <svg width="16" height="16" aria-hidden="true" class={`type-${type.value}`}>
                <circle cx="8" cy="8" r="7" />
              </svg>
              {type.label.split(':')[0]} contact
            </li>
          ))}
          <li>
            <svg width="16" height="16" aria-hidden="true" class="type-unknown">
              <circle cx="8" cy="8" r="7" />
            </svg>
            Kind not given yet
          </li>
          <li>
            <svg width="32" height="16" aria-hidden="true" class="map-ties">
              <line x1="2" y1="8" x2="30" y2="8" class="tie" />
            </svg>
            They know each other
          </li>
          <li>
            <svg width="32" height="16" aria-hidden="true" class="map-ties">
              <line x1="2" y1="8" x2="30" y2="8" class="tie-well" />
            </svg>
            They know each other well
          </li>
        </ul>
        <p class="meta">
          You are in the centre; everyone on the map is someone you know, so no line is drawn to you. No line means they
          do not know each other{open > 0 ? ', or that you have not answered for that pair yet' : ''}. Long names are
          shortened; the table has them in full.
        </p>
        {!layout.linesDrawn && (
          <p class="notice notice-info">
            So many of your people know each other that the lines cannot be drawn without running through people they do
            not join, so the map shows the people only. The table below says who knows whom.
          </p>
        )}
      </figcaption>
      <details
        class="map-table-details"
        open={openAtFirst}
        onToggle={(event) => setTableOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          The map as a table ({contacts.length} {contacts.length === 1 ? 'person' : 'people'})
        </summary>
        {tableOpen && (
          <TableScroll label="Your network as a table">
            <table class="map-table">
              <caption>Your network as a table</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Knows</th>
                  <th scope="col">Not answered yet</th>
                </tr>
              </thead>
              <tbody>
                {contacts.map((contact) => {
                  const others = contacts.filter((other) => other.id !== contact.id);
                  const knows = others
                    .filter((other) => (answers.get(pairKey(contact.id, other.id)) ?? 0) > 0)
                    .map(
                      (other) => `${other.alias}${answers.get(pairKey(contact.id, other.id)) === 2 ? ' (well)' : ''}`,
                    );
                  const unknown = others.filter((other) => !answers.has(pairKey(contact.id, other.id))).length;
                  return (
                    <tr key={contact.id}>
                      <th scope="row">{contact.alias || 'Unnamed'}</th>
                      <td>{kindOf(contact)}</td>
                      <td>
                        {knows.length > 0
                          ? knows.join(', ')
                          : unknown === others.length
                            ? 'Not answered yet'
                            : unknown > 0
                              ? 'Nobody, of the pairs answered'
                              : 'Nobody else on your list'}
                      </td>
                      <td>{unknown === 0 ? 'None' : `${unknown} ${unknown === 1 ? 'pair' : 'pairs'}`}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </details>
    </figure>
  );
}
