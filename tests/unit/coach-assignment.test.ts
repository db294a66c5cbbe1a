/**
 * Assignment links (src/lib/coach/assignment.ts): round trips, the size of a full assignment's link, the rules an
 * assignment must meet, every way a link can be wrong (and that each says so plainly), and reading the fragment.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_PREFIX,
  MAX_ASSIGNMENT_BYTES,
  MAX_ASSIGNMENT_TOKEN_CHARS,
  assignmentLink,
  checkAssignment,
  decodeAssignment,
  encodeAssignment,
  tokenFromFragment,
  type Assignment,
} from '~/lib/coach/assignment';
import { CoachCodeError, type CoachErrorKind, type Result } from '~/lib/coach/errors';
import { toBase64Url } from '~/lib/coach/base64url';
import { crc32, packToken } from '~/lib/coach/token';

const MODULES = [
  'broadcasting-is-not-networking',
  'power-outside-the-hierarchy',
  'audit-your-network',
  'give-before-you-get',
  'weak-strong-and-dormant-ties',
  'conversation-craft',
  'the-six-month-ramp',
  'measuring-the-payoff',
  'words-that-open-doors',
  'earning-a-sponsor',
];
const WORKSHEETS = ['channel-inventory', 'giving-style', 'ramp-readiness'];

/** A coach's note as a coach would write it, exactly 300 characters. */
const REALISTIC_NOTE = (
  'Start with the audit before our call on Thursday, and be honest about who you have not spoken to in a year. ' +
  'For the giving worksheet, list small things: an intro, an article, ten minutes of feedback on a deck. We will ' +
  'look at the six-month ramp together on the 14th; bring two names from outside your team, and one you dread.'
).slice(0, 300);

/** A deterministic pseudo-random generator (mulberry32), so the "random" notes are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  'network meeting coffee mentor sponsor client project manager director team colleague introduction favour ' +
  'follow-up calendar quarter review feedback promotion reorg budget roadmap launch offsite workshop interview ' +
  'recruiter referral alumni conference panel podcast newsletter article draft deck spreadsheet dashboard metric ' +
  'Priya Tomasz Kwame Ingrid Mateo Yuki Fatima Oskar Leila Dmitri Chiara Aarav Siobhan Nkechi Lars Marisol ' +
  'Monday Tuesday Wednesday Thursday Friday March April May June Berlin Lagos Toronto Lisbon Osaka Denver ' +
  'ask thank call write invite share notice remember schedule skip prepare listen offer borrow send meet plan ' +
  'quiet awkward useful generous dormant weak strong bridging closed open honest specific small brief weekly'
).split(' ');

/** A note of words picked at random (with numbers and punctuation), exactly 300 characters. */
function randomishNote(seed: number): string {
  const next = random(seed);
  let note = '';
  while (note.length < 300) {
    const word = VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
    const roll = next();
    note +=
      roll < 0.08 ? `${word}, ` : roll < 0.14 ? `${word}. ` : roll < 0.18 ? `${Math.floor(next() * 90)} ` : `${word} `;
  }
  return note.slice(0, 300);
}

const full = (note = REALISTIC_NOTE): Assignment => ({
  id: 'k3J9-xQ2_pLmZ',
  coach: 'Dr. Amara Okafor',
  client: 'Zoë Nuñez',
  items: [
    ...MODULES.map((id, index) => ({
      kind: 'module' as const,
      id,
      due: `2026-${String(3 + Math.floor(index / 3)).padStart(2, '0')}-${String(3 + index * 3).padStart(2, '0')}`,
    })),
    ...WORKSHEETS.map((id) => ({ kind: 'worksheet' as const, id })),
  ],
  note,
  issuedAt: '2026-03-02T19:04:11.532Z',
});

const minimal: Assignment = {
  id: 'a',
  coach: 'Sam',
  client: 'Ama',
  items: [{ kind: 'worksheet', id: 'giving-style' }],
  issuedAt: '2026-03-02T19:04:11Z',
};

/** The wire form of `full()`, for tokens made by hand. */
const wire = (changes: Record<string, unknown> = {}) => ({
  i: 'k3J9',
  c: 'Dr. Amara Okafor',
  l: 'Zoë Nuñez',
  t: [
    ['m', 'give-before-you-get', '2026-04-01'],
    ['w', 'giving-style'],
  ],
  n: 'See you Thursday.',
  d: '2026-03-02T19:04:11.532Z',
  ...changes,
});
const handMade = (value: unknown, version = 1) => packToken({ letter: 'a', version }, value).token;

function failure<T>(result: Result<T>): CoachCodeError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

function expectKind<T>(result: Result<T>, kind: CoachErrorKind): CoachCodeError {
  const error = failure(result);
  expect(error).toBeInstanceOf(CoachCodeError);
  expect(error.kind).toBe(kind);
  expect(error.message.length).toBeGreaterThan(20);
  return error;
}

function thrown(run: () => unknown): CoachCodeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CoachCodeError);
    return error as CoachCodeError;
  }
  throw new Error('expected it to throw');
}

describe('encodeAssignment and decodeAssignment', () => {
  it('round-trips a full assignment: all 10 modules with due days, 3 worksheets, a 300-character note', () => {
    const assignment = full();
    expect(assignment.note).toHaveLength(300);
    const token = encodeAssignment(assignment);
    expect(token.startsWith(ASSIGNMENT_PREFIX)).toBe(true);
    expect(token).toMatch(/^a2\.[A-Za-z0-9_-]+$/);
    expect(decodeAssignment(token)).toStrictEqual({ ok: true, value: assignment });
  });

  it('round-trips an assignment without a note or due days, adding no empty keys', () => {
    const result = decodeAssignment(encodeAssignment(minimal));
    expect(result).toStrictEqual({ ok: true, value: minimal });
    expect(result.ok && Object.keys(result.value)).toEqual(['id', 'coach', 'client', 'items', 'issuedAt']);
  });

  it('keeps names, the note and the order of items exactly, in any script', () => {
    const assignment: Assignment = {
      ...minimal,
      coach: 'Nguyễn Thị Thu 🌱',
      client: '李小龍 (Bruce) "BL"',
      items: [...WORKSHEETS].reverse().map((id) => ({ kind: 'worksheet', id })),
      note: 'Line one.\nLine two — with <b>tags</b> & "quotes", kept as text.',
    };
    expect(decodeAssignment(encodeAssignment(assignment))).toStrictEqual({ ok: true, value: assignment });
  });

  it('makes a full assignment’s token at most 1,500 characters, with a realistic note and its key', () => {
    expect(encodeAssignment(full()).length).toBeLessThanOrEqual(1500);
    expect(encodeAssignment({ ...full(), key: 'Zq'.repeat(21) + 'A' }).length).toBeLessThanOrEqual(1500);
  });

  it.each([1, 2, 3, 4, 5])(
    'makes a full assignment’s token at most 1,500 characters, with random words (seed %i)',
    (seed) => {
      const note = randomishNote(seed);
      expect(note).toHaveLength(300);
      expect(new Set(note).size).toBeGreaterThan(20);
      const token = encodeAssignment(full(note));
      expect(token.length).toBeLessThanOrEqual(1500);
      expect(decodeAssignment(token)).toStrictEqual({ ok: true, value: full(note) });
    },
  );

  it('makes a link that fits in any address bar, whole', () => {
    const link = assignmentLink('https://coach.example.org/course/assignment/', full());
    expect(link.length).toBeLessThanOrEqual(1500 + 'https://coach.example.org/course/assignment/#a='.length);
    expect(new URL(link).hash).toBe(`#a=${encodeAssignment(full())}`);
  });

  it('ignores whitespace an email client put into a long link', () => {
    const token = encodeAssignment(full());
    const wrapped = `  ${token.match(/.{1,70}/g)!.join('\n')}\r\n`;
    expect(decodeAssignment(wrapped)).toStrictEqual({ ok: true, value: full() });
  });

  it('ignores keys it does not know (added by a later version), and leaves them out', () => {
    const result = decodeAssignment(handMade({ ...wire(), x: 'from the future', t: [['w', 'giving-style']] }));
    expect(result).toStrictEqual({
      ok: true,
      value: {
        id: 'k3J9',
        coach: 'Dr. Amara Okafor',
        client: 'Zoë Nuñez',
        items: [{ kind: 'worksheet', id: 'giving-style' }],
        note: 'See you Thursday.',
        issuedAt: '2026-03-02T19:04:11.532Z',
      },
    });
  });
});

describe('the rules an assignment must meet', () => {
  const items = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ kind: 'worksheet' as const, id: `sheet-${index}` }));

  it.each<[string, Partial<Assignment>, string]>([
    ['a note of 301 characters', { note: 'x'.repeat(301) }, 'note'],
    ['no items', { items: [] }, 'items'],
    ['41 items', { items: items(41) }, 'items'],
    ['an item listed twice', { items: [...items(2), { kind: 'worksheet', id: 'sheet-0' }] }, 'items'],
    [
      'a due day that does not exist',
      { items: [{ kind: 'module', id: 'conversation-craft', due: '2026-02-30' }] },
      'items.0.due',
    ],
    [
      'a due time instead of a day',
      { items: [{ kind: 'module', id: 'conversation-craft', due: '2026-03-02T10:00:00Z' }] },
      'items.0.due',
    ],
    ['an item id that is not kebab-case', { items: [{ kind: 'module', id: 'Give Before You Get' }] }, 'items.0.id'],
    ['an unknown kind of item', { items: [{ kind: 'video' as 'module', id: 'conversation-craft' }] }, 'items.0.kind'],
    ['a blank coach name', { coach: '   ' }, 'coach'],
    ['a client name of 81 characters', { client: 'a'.repeat(81) }, 'client'],
    ['an id with a space', { id: 'two words' }, 'id'],
    ['an id of 65 characters', { id: 'a'.repeat(65) }, 'id'],
    ['the id __proto__, which would reach into every object', { id: '__proto__' }, 'id'],
    ['the id constructor', { id: 'constructor' }, 'id'],
    ['the id toString', { id: 'toString' }, 'id'],
    ['the id prototype', { id: 'prototype' }, 'id'],
    ['an issue time that is not a time', { issuedAt: 'yesterday' }, 'issuedAt'],
    ['an issue time on a day that does not exist', { issuedAt: '2026-02-30T10:00:00Z' }, 'issuedAt'],
  ])('refuses %s, naming the field', (_case, change, where) => {
    const assignment = { ...full(), ...change };
    const error = expectKind(checkAssignment(assignment), 'invalid');
    expect(error.detail).toMatch(new RegExp(`^${where.replaceAll('.', '\\.')}: `));
    const fromEncode = thrown(() => encodeAssignment(assignment));
    expect(fromEncode.kind).toBe('invalid');
    expect(fromEncode.detail).toBe(error.detail);
  });

  it('accepts the limits themselves: 40 items, 80-character names, a 300-character note', () => {
    const assignment = { ...full(), items: items(40), coach: 'c'.repeat(80), client: 'd'.repeat(80) };
    expect(decodeAssignment(encodeAssignment(assignment))).toStrictEqual({ ok: true, value: assignment });
  });

  it('refuses to make a link longer than 4,000 characters rather than one that cannot be opened', () => {
    const next = random(7);
    const pick = (alphabet: string, length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const cjk = (length: number) =>
      Array.from({ length }, () => String.fromCodePoint(0x4e00 + Math.floor(next() * 20000))).join('');
    const assignment: Assignment = {
      ...full(cjk(300)),
      coach: cjk(80),
      client: cjk(80),
      items: Array.from({ length: 40 }, () => ({
        kind: 'module',
        id: pick('abcdefghijklmnopqrstuvwxyz0123456789', 80),
      })),
    };
    expect(checkAssignment(assignment).ok).toBe(true);
    const error = thrown(() => encodeAssignment(assignment));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/Shorten the note/);
  });
});

describe('decodeAssignment: every way a link can be wrong', () => {
  const token = encodeAssignment(full());

  it.each([
    ['an empty text', ''],
    ['plain words', 'hello coach'],
    ['a web address', 'https://example.org/assignment/'],
    ['a progress report instead of an assignment', 'r1.q1YqzkksUbJSMjQyVaoFAA'],
    ['a capital prefix', token.replace(/^a2\./, 'A2.')],
    ['version 0', token.replace(/^a2\./, 'a0.')],
    ['a version with a leading zero', token.replace(/^a2\./, 'a02.')],
  ])('says %s is not an assignment link', (_case, text) => {
    const error = expectKind(decodeAssignment(text), 'not-ours');
    expect(error.message).toMatch(/not a Real Networking assignment link/);
  });

  it('says a link made by a newer version of the course is one, and does not try to read it', () => {
    const error = expectKind(decodeAssignment(token.replace(/^a2\./, 'a3.')), 'newer-version');
    expect(error.message).toMatch(/made by a newer version of the course/);
    expectKind(decodeAssignment(`a12.${handMade(wire()).slice(3)}`), 'newer-version');
  });

  it('says a link with its last 10 characters cut off is incomplete', () => {
    const error = expectKind(decodeAssignment(token.slice(0, -10)), 'truncated');
    expect(error.message).toBe(
      'This link is incomplete: it may have been cut off when it was copied. Ask your coach to send the link again.',
    );
  });

  it('says a link cut anywhere is incomplete', () => {
    const kinds = new Set<string>();
    for (let keep = ASSIGNMENT_PREFIX.length; keep < token.length; keep++) {
      const result = decodeAssignment(token.slice(0, keep));
      kinds.add(result.ok ? 'read' : result.error.kind);
    }
    expect([...kinds]).toEqual(['truncated']);
  });

  it('says a link with one character changed in the middle is damaged', () => {
    const middle = Math.floor(token.length / 2);
    const changed = token.slice(0, middle) + (token[middle] === 'Q' ? 'R' : 'Q') + token.slice(middle + 1);
    const error = expectKind(decodeAssignment(changed), 'damaged');
    expect(error.message).toMatch(/^This link is damaged: some of it was changed/);
  });

  it('never reads a link with one character changed as a different assignment', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const original = JSON.stringify(full());
    const accepted: number[] = [];
    for (let at = ASSIGNMENT_PREFIX.length; at < token.length; at++) {
      const replacement = alphabet[(alphabet.indexOf(token[at]!) + 1 + (at % 63)) % 64]!;
      const result = decodeAssignment(token.slice(0, at) + replacement + token.slice(at + 1));
      if (result.ok) {
        expect(JSON.stringify(result.value)).toBe(original);
        accepted.push(at);
      }
    }
    // Only a change to bits that carry no data can leave it as it was: the unused bits of the last base64 character,
    // or, rarely, a code length the compressor wrote for a symbol the data never uses. Every other change is refused.
    expect(accepted.length, `accepted at ${accepted.join(', ')} of ${token.length}`).toBeLessThanOrEqual(2);
  });

  it.each([
    ['a padding character', `${token}==`],
    ['a character of standard base64', token.replace(/_|-/, '+')],
    ['percent-encoding', `${token.slice(0, 40)}%20${token.slice(40)}`],
  ])('says a link with %s is damaged', (_case, text) => {
    expect(text).not.toBe(token);
    expectKind(decodeAssignment(text), 'damaged');
  });

  it('says a prefix with nothing after it is incomplete', () => {
    expectKind(decodeAssignment('a1.'), 'truncated');
    expectKind(decodeAssignment('a1.AAAA'), 'truncated');
  });

  it('refuses a token over 4,000 characters before decoding it', () => {
    const error = expectKind(decodeAssignment(`a1.${'!'.repeat(MAX_ASSIGNMENT_TOKEN_CHARS)}`), 'too-large');
    expect(error.message).toMatch(/far larger than anything the course makes/);
    // The same characters in a short token are merely damaged: the size was checked first.
    expectKind(decodeAssignment(`a1.${'!'.repeat(100)}`), 'damaged');
  });

  it('refuses a well-formed token over 4,000 characters', () => {
    const next = random(3);
    const noise = Array.from({ length: 4000 }, () => String.fromCharCode(33 + Math.floor(next() * 90))).join('');
    const long = handMade(wire({ n: noise }));
    expect(long.length).toBeGreaterThan(MAX_ASSIGNMENT_TOKEN_CHARS);
    expectKind(decodeAssignment(long), 'too-large');
  });

  it('stops inflating a short token that would pass 64 KB', () => {
    const bomb = handMade(wire({ n: ' '.repeat(MAX_ASSIGNMENT_BYTES) }));
    expect(bomb.length).toBeLessThan(1000);
    expectKind(decodeAssignment(bomb), 'too-large');
    // Just under the limit it is read, and then refused for what it holds (the note is too long).
    const under = handMade(wire({ n: ' '.repeat(MAX_ASSIGNMENT_BYTES - 400) }));
    expect(failure(decodeAssignment(under)).detail).toMatch(/^note: /);
  });

  it.each<[string, unknown, RegExp]>([
    ['a number instead of an object', 42, /^the whole: /],
    ['a list instead of an object', [wire()], /^(the whole|i): /],
    ['no issue time', { ...wire(), d: undefined }, /^d: /],
    ['an item of an unknown kind', wire({ t: [['x', 'giving-style']] }), /^t\.0/],
    ['an item with four parts', wire({ t: [['m', 'giving-style', '2026-04-01', 'extra']] }), /^t\.0/],
    ['a due month 13', wire({ t: [['m', 'conversation-craft', '2026-13-01']] }), /^items\.0\.due: /],
    ['no items', wire({ t: [] }), /^items: /],
    ['a note of 301 characters', wire({ n: 'n'.repeat(301) }), /^note: /],
    ['a blank client', wire({ l: '' }), /^client: /],
  ])('says a link holding %s is not a valid assignment', (_case, value, detail) => {
    const error = expectKind(decodeAssignment(handMade(value)), 'invalid');
    expect(error.message).toMatch(/not a valid assignment/);
    expect(error.detail).toMatch(detail);
  });

  it('says a token whose data is not JSON is damaged', () => {
    const text = new TextEncoder().encode('{"i":"k3J9","c":');
    const deflated = deflateSync(text);
    const payload = new Uint8Array(deflated.length + 4);
    payload.set(deflated);
    new DataView(payload.buffer).setUint32(deflated.length, crc32(text));
    const token = `a1.${toBase64Url(payload)}`;
    expectKind(decodeAssignment(token), 'damaged');
  });

  it('never throws, even when given something that is not text', () => {
    expectKind(decodeAssignment(undefined as unknown as string), 'not-ours');
    expectKind(decodeAssignment({ toString: () => token } as unknown as string), 'not-ours');
  });
});

describe('assignmentLink and tokenFromFragment', () => {
  const token = encodeAssignment(full());

  it('puts the token in the fragment, so the server never sees it', () => {
    const link = assignmentLink('https://example.org/course/assignment/', full());
    expect(link).toBe(`https://example.org/course/assignment/#a=${token}`);
    const url = new URL(link);
    expect(url.pathname).toBe('/course/assignment/');
    expect(url.search).toBe('');
    expect(decodeAssignment(tokenFromFragment(url.hash)!)).toStrictEqual({ ok: true, value: full() });
  });

  it('drops a fragment the base already had', () => {
    expect(assignmentLink('https://example.org/assignment/#old', minimal)).toBe(
      `https://example.org/assignment/#a=${encodeAssignment(minimal)}`,
    );
  });

  it.each<[string, string, string | undefined]>([
    ['a fragment', '#a=a1.abc', 'a1.abc'],
    ['a fragment without its #', 'a=a1.abc', 'a1.abc'],
    ['a fragment with other parameters', '#utm=mail&a=a1.abc&x=1', 'a1.abc'],
    ['a whole link', 'https://example.org/assignment/?a=no#a=a1.abc', 'a1.abc'],
    ['an empty fragment', '', undefined],
    ['just #', '#', undefined],
    ['an empty token', '#a=', undefined],
    ['another parameter only', '#r=r1.abc', undefined],
  ])('reads %s', (_case, hash, expected) => {
    expect(tokenFromFragment(hash)).toBe(expected);
  });

  it('reads another parameter when asked', () => {
    expect(tokenFromFragment('#a=a1.x&r=r1.abc', 'r')).toBe('r1.abc');
  });

  it('gives back a real token from a link whole', () => {
    expect(tokenFromFragment(`https://example.org/assignment/#a=${token}`)).toBe(token);
  });
});

describe('keys and old links', () => {
  const KEY = 'A'.repeat(42) + 'E';

  it('carries the assignment’s key in the link, and reads it back', () => {
    const token = encodeAssignment({ ...full(), key: KEY });
    expect(token.startsWith(ASSIGNMENT_PREFIX)).toBe(true);
    expect(decodeAssignment(token)).toStrictEqual({ ok: true, value: { ...full(), key: KEY } });
  });

  it('still reads an old a1. link, which has no key', () => {
    const old = handMade(wire(), 1);
    expect(old.startsWith('a1.')).toBe(true);
    const read = decodeAssignment(old);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.key).toBeUndefined();
  });

  it('refuses an a1. link that claims a key: no version-1 link ever had one', () => {
    expectKind(decodeAssignment(handMade(wire({ k: KEY }), 1)), 'invalid');
  });

  it('refuses a key that is not 32 bytes of base64url', () => {
    expectKind(decodeAssignment(handMade(wire({ k: 'short' }), 2)), 'invalid');
  });
});

describe('names are names', () => {
  it.each([
    ['a right-to-left override', 'Coach \u202Egnp.exe\u202C', 'Coach gnp.exe'],
    ['zero-width spaces inside', 'Sa\u200Bm', 'Sam'],
    ['a soft hyphen and a word joiner', 'Ri\u00ADve\u2060ra', 'Rivera'],
    ['runs of spaces and a line break', '  Ama \n  Mensah ', 'Ama Mensah'],
    ['a Persian name with its non-joiner', 'می\u200Cخواهم', 'می\u200Cخواهم'],
  ])('cleans a coach’s name with %s', (_what, coach, shown) => {
    const read = decodeAssignment(handMade(wire({ c: coach }), 2));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.coach).toBe(shown);
  });

  it.each([
    ['zero-width characters only', '\u200B\u200C\u200D\uFEFF'],
    ['bidirectional controls only', '\u202E\u2066\u2069'],
    ['Hangul fillers and a blank Braille pattern', '\u3164\u115F\u2800'],
    ['spaces of every kind', ' \u00A0\u3000\t'],
  ])('refuses a client’s name of %s', (_what, client) => {
    expectKind(decodeAssignment(handMade(wire({ l: client }), 2)), 'invalid');
  });

  it('cleans the note of controls but keeps its lines', () => {
    const read = decodeAssignment(handMade(wire({ n: 'Line one\u202E\nLine two\u200B' }), 2));
    expect(read.ok && read.value.note).toBe('Line one\nLine two');
  });
});
