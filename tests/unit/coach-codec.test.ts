/**
 * The building blocks of coach-mode tokens: base64url, CRC-32, inflating with a limit, token prefixes, and the
 * messages every error kind gives.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, isBase64UrlText, toBase64Url } from '~/lib/coach/base64url';
import {
  COACH_ERROR_KINDS,
  CoachCodeError,
  coachError,
  isCoachCodeError,
  messageFor,
  type CoachSubject,
} from '~/lib/coach/errors';
import { crc32, inflateLimited, packToken, readPrefix, unpackToken } from '~/lib/coach/token';

const bytesOf = (length: number, seed = 1) => {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    bytes[index] = state >> 16;
  }
  return bytes;
};

describe('base64url', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 100, 101, 102, 30_000])('matches Node’s base64url for %i bytes', (length) => {
    const bytes = bytesOf(length, length + 1);
    const text = toBase64Url(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64url'));
    expect(Buffer.from(fromBase64Url(text) as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
  });

  it('uses - and _ where base64 uses + and /', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe('-__-');
    expect(Array.from(fromBase64Url('-__-') as Uint8Array)).toEqual([0xfb, 0xff, 0xfe]);
  });

  it.each(['ab+c', 'ab/c', 'abc=', 'ab c', 'ab.c', 'abcé'])('says %j is damaged', (text) => {
    expect(isBase64UrlText(text)).toBe(false);
    expect(fromBase64Url(text)).toBe('damaged');
  });

  it.each(['a', 'abcde', 'abcdefghi'])('says %j, one character into a group, is cut off', (text) => {
    expect(fromBase64Url(text)).toBe('truncated');
  });
});

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('inflateLimited', () => {
  const text = new TextEncoder().encode('give before you get; '.repeat(500));

  it('inflates what deflateSync made', () => {
    const result = inflateLimited(deflateSync(text), 1 << 20);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('give before you get; '.repeat(500));
  });

  it('inflates up to the limit exactly, and stops one byte past it', () => {
    expect(inflateLimited(deflateSync(text), text.length).ok).toBe(true);
    expect(inflateLimited(deflateSync(text), text.length - 1)).toEqual({ ok: false, kind: 'too-large' });
  });

  it('stops a bomb: 20 MB of zeros in a few kilobytes', () => {
    const bomb = deflateSync(new Uint8Array(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(30_000);
    expect(inflateLimited(bomb, 64 * 1024)).toEqual({ ok: false, kind: 'too-large' });
  });

  it('says data that ends early is cut off, and data that is not DEFLATE is damaged', () => {
    const deflated = deflateSync(text);
    expect(inflateLimited(deflated.subarray(0, deflated.length - 3), 1 << 20)).toEqual({
      ok: false,
      kind: 'truncated',
    });
    expect(inflateLimited(new Uint8Array(0), 1 << 20)).toEqual({ ok: false, kind: 'truncated' });
    // Block type 3 does not exist.
    expect(inflateLimited(new Uint8Array([0b111, 0, 0, 0]), 1 << 20)).toEqual({ ok: false, kind: 'damaged' });
  });
});

describe('token prefixes', () => {
  it.each<[string, ReturnType<typeof readPrefix>]>([
    ['a1.xyz', { letter: 'a', version: 1, length: 3 }],
    ['r12.xyz', { letter: 'r', version: 12, length: 4 }],
    ['s1.', { letter: 's', version: 1, length: 3 }],
    ['a0.xyz', undefined],
    ['a01.xyz', undefined],
    ['A1.xyz', undefined],
    ['a1xyz', undefined],
    ['ab1.xyz', undefined],
    ['', undefined],
  ])('reads %j', (token, expected) => {
    expect(readPrefix(token)).toEqual(expected);
  });

  it('packs JSON that unpacks to the same value', () => {
    const value = { a: [1, 'two', null, true], b: { c: 'Zoë 🌱' } };
    const { token, bytes } = packToken({ letter: 'r', version: 1 }, value);
    expect(bytes).toBe(new TextEncoder().encode(JSON.stringify(value)).length);
    const spec = { letter: 'r', version: 1, maxChars: 1000, maxBytes: 1000, subject: 'report' as const };
    expect(unpackToken(token, spec)).toEqual({ ok: true, value: { value, version: 1 } });
    expect(unpackToken(token, { ...spec, maxBytes: bytes - 1 })).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
    expect(unpackToken(token, { ...spec, maxChars: token.length - 1 })).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
  });
});

describe('CoachCodeError and its messages', () => {
  const subjects: CoachSubject[] = ['assignment', 'report', 'report-file'];

  it('is an Error with a kind, a message, and an optional detail', () => {
    const error = coachError('forged', 'report-file', { detail: 'why' });
    expect(error).toBeInstanceOf(Error);
    expect(isCoachCodeError(error)).toBe(true);
    expect(isCoachCodeError(new Error('x'))).toBe(false);
    expect(error.name).toBe('CoachCodeError');
    expect(error.kind).toBe('forged');
    expect(error.detail).toBe('why');
    expect(new CoachCodeError('damaged', 'm').detail).toBeUndefined();
  });

  it.each(subjects)('has a different plain sentence for every kind, for a %s', (subject) => {
    const messages = COACH_ERROR_KINDS.map((kind) => messageFor(kind, subject));
    for (const message of messages) {
      expect(message).toMatch(/^[A-Z].{30,}\.$/);
      expect(message).not.toMatch(/undefined|null|\$\{|JSON|base64|DEFLATE|[Tt]oken/);
    }
    expect(new Set(messages).size).toBe(COACH_ERROR_KINDS.length);
  });

  it('names what was being read and who to ask', () => {
    expect(messageFor('truncated', 'assignment')).toBe(
      'This link is incomplete: it may have been cut off when it was copied. Ask your coach to send the link again.',
    );
    expect(messageFor('truncated', 'report')).toMatch(/^This report is incomplete.*Ask for the report again\.$/);
    expect(messageFor('damaged', 'report-file')).toMatch(/^This file is damaged.*Ask for the report file again\.$/);
  });
});
