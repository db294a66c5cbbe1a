/**
 * Sealing with a passphrase (src/lib/coach/seal.ts): round trips, the token's layout, and every way opening can fail.
 * Seals here use 1,000 PBKDF2 iterations instead of 600,000, for speed; one test checks the real default.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64Url } from '~/lib/coach/base64url';
import { CoachCodeError, type CoachErrorKind, type Result } from '~/lib/coach/errors';
import {
  MAX_SEALED_CHARS,
  SEAL_ITERATIONS,
  SEAL_PREFIX,
  canSeal,
  checkSealed,
  isSealed,
  openSealed,
  sealText,
} from '~/lib/coach/seal';

const FAST = 1000;
const PLAIN = 'r1.a progress report token, or any text at all: Zoë, 李, 🌱.';
const PASSPHRASE = 'correct horse battery staple';

afterEach(() => {
  vi.unstubAllGlobals();
});

function expectKind<T>(result: Result<T>, kind: CoachErrorKind): CoachCodeError {
  if (result.ok) throw new Error(`expected ${kind}, got ${JSON.stringify(result.value)}`);
  expect(result.error).toBeInstanceOf(CoachCodeError);
  expect(result.error.kind).toBe(kind);
  expect(result.error.message.length).toBeGreaterThan(20);
  return result.error;
}

describe('sealText and openSealed', () => {
  it('opens what it sealed, with the same passphrase', async () => {
    const sealed = await sealText(PLAIN, PASSPHRASE, FAST);
    expect(await openSealed(sealed, PASSPHRASE, FAST)).toEqual({ ok: true, value: PLAIN });
  });

  it('hides the text: nothing of it shows in the token', async () => {
    const sealed = await sealText('CONFIDENTIAL CONFIDENTIAL CONFIDENTIAL', PASSPHRASE, FAST);
    expect(sealed).not.toMatch(/CONFIDENTIAL/);
    expect(Buffer.from(fromBase64Url(sealed.slice(3)) as Uint8Array).toString('latin1')).not.toMatch(/CONFIDENTIAL/);
  });

  it('lays the token out as s1. + base64url(salt 16 | iv 12 | ciphertext with its 16-byte tag)', async () => {
    const sealed = await sealText(PLAIN, PASSPHRASE, FAST);
    expect(sealed.startsWith(SEAL_PREFIX)).toBe(true);
    expect(sealed).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
    const bytes = fromBase64Url(sealed.slice(SEAL_PREFIX.length)) as Uint8Array;
    expect(bytes.length).toBe(16 + 12 + new TextEncoder().encode(PLAIN).length + 16);
  });

  it('uses a fresh salt and iv every time, so the same text seals differently', async () => {
    const one = await sealText(PLAIN, PASSPHRASE, FAST);
    const two = await sealText(PLAIN, PASSPHRASE, FAST);
    expect(one).not.toBe(two);
    const [a, b] = [one, two].map((token) => fromBase64Url(token.slice(3)) as Uint8Array);
    expect(Buffer.from(a!.subarray(0, 16)).equals(Buffer.from(b!.subarray(0, 16)))).toBe(false);
    expect(Buffer.from(a!.subarray(16, 28)).equals(Buffer.from(b!.subarray(16, 28)))).toBe(false);
    expect(await openSealed(two, PASSPHRASE, FAST)).toEqual({ ok: true, value: PLAIN });
  });

  it('seals an empty text and a long one', async () => {
    const long = 'answer '.repeat(40_000);
    for (const text of ['', long]) {
      expect(await openSealed(await sealText(text, PASSPHRASE, FAST), PASSPHRASE, FAST)).toEqual({
        ok: true,
        value: text,
      });
    }
  });

  it('opens with the same passphrase typed on another system (composed or decomposed accents)', async () => {
    const composed = 'caf\u00e9 au lait, s\u2019il vous pla\u00eet';
    const decomposed = 'cafe\u0301 au lait, s\u2019il vous plai\u0302t';
    expect(composed).not.toBe(decomposed);
    const sealed = await sealText(PLAIN, composed, FAST);
    expect(await openSealed(sealed, decomposed, FAST)).toEqual({ ok: true, value: PLAIN });
  });

  it('uses 600,000 iterations unless told otherwise', async () => {
    expect(SEAL_ITERATIONS).toBe(600_000);
    const sealed = await sealText('x', PASSPHRASE);
    expectKind(await openSealed(sealed, PASSPHRASE, FAST), 'wrong-passphrase');
    expect(await openSealed(sealed, PASSPHRASE)).toEqual({ ok: true, value: 'x' });
  });

  it('refuses to seal with an empty passphrase, or one shorter than 16 characters', async () => {
    await expect(sealText(PLAIN, '', FAST)).rejects.toMatchObject({ kind: 'invalid' });
    await expect(sealText(PLAIN, 'fifteen chars!!', FAST)).rejects.toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/at least 16 characters/),
    });
    expect(await sealText(PLAIN, 'sixteen chars!!!', FAST)).toMatch(/^s1\./);
  });
});

describe('openSealed: every way opening can fail', () => {
  it('says plainly that the passphrase is wrong, or the report was changed', async () => {
    const sealed = await sealText(PLAIN, PASSPHRASE, FAST);
    for (const wrong of ['correct horse battery stapl', 'Correct horse battery staple', `${PASSPHRASE} `, '']) {
      const error = expectKind(await openSealed(sealed, wrong, FAST), 'wrong-passphrase');
      expect(error.message).toMatch(/Either the passphrase is wrong, or the report was changed/);
    }
  });

  it('refuses a token with one character changed in the middle, even with the right passphrase', async () => {
    const sealed = await sealText(PLAIN, PASSPHRASE, FAST);
    const middle = Math.floor(sealed.length / 2);
    const changed = sealed.slice(0, middle) + (sealed[middle] === 'Q' ? 'R' : 'Q') + sealed.slice(middle + 1);
    expectKind(await openSealed(changed, PASSPHRASE, FAST), 'wrong-passphrase');
  });

  it('refuses a token with its last 10 characters cut off', async () => {
    const sealed = await sealText(PLAIN, PASSPHRASE, FAST);
    const result = await openSealed(sealed.slice(0, -10), PASSPHRASE, FAST);
    expect(result.ok).toBe(false);
    expect(['truncated', 'wrong-passphrase']).toContain(!result.ok && result.error.kind);
  });

  it('says a token too short to hold a seal is incomplete', async () => {
    const sealed = await sealText(PLAIN, PASSPHRASE, FAST);
    expectKind(await openSealed(sealed.slice(0, 3 + 40), PASSPHRASE, FAST), 'truncated');
    expectKind(await openSealed(sealed.slice(0, 3 + 41), PASSPHRASE, FAST), 'truncated');
    expectKind(await openSealed('s1.', PASSPHRASE, FAST), 'truncated');
  });

  it('says a token with characters outside base64url is damaged', async () => {
    const sealed = await sealText(PLAIN, PASSPHRASE, FAST);
    expectKind(await openSealed(`${sealed.slice(0, 30)}+/${sealed.slice(32)}`, PASSPHRASE, FAST), 'damaged');
  });

  it.each([
    ['plain words', 'my report'],
    ['a report that is not sealed', 'r1.q1YqzkksUbJSMjQyVaoFAA'],
    ['an assignment link', 'a1.q1YqzkksUbJSMjQyVaoFAA'],
    ['an empty text', ''],
  ])('says %s is not a sealed report', async (_case, text) => {
    expectKind(await openSealed(text, PASSPHRASE, FAST), 'not-ours');
  });

  it('says a seal made by a newer version of the course is one', async () => {
    const sealed = await sealText(PLAIN, PASSPHRASE, FAST);
    const error = expectKind(await openSealed(sealed.replace(/^s1\./, 's2.'), PASSPHRASE, FAST), 'newer-version');
    expect(error.message).toMatch(/newer version of the course/);
  });

  it('refuses a token over 420,000 characters without decoding it', async () => {
    expectKind(await openSealed(`s1.${'!'.repeat(MAX_SEALED_CHARS)}`, PASSPHRASE, FAST), 'too-large');
  });

  it('says so when this page has no Web Crypto (a plain http address)', async () => {
    const sealed = await sealText(PLAIN, PASSPHRASE, FAST);
    vi.stubGlobal('crypto', {});
    expect(canSeal()).toBe(false);
    const error = expectKind(await openSealed(sealed, PASSPHRASE, FAST), 'unsupported');
    expect(error.message).toMatch(/https/);
    await expect(sealText(PLAIN, PASSPHRASE, FAST)).rejects.toMatchObject({ kind: 'unsupported' });
  });

  it('never rejects, even when given something that is not text', async () => {
    expectKind(await openSealed(null as unknown as string, PASSPHRASE, FAST), 'not-ours');
    const sealed = await sealText(PLAIN, PASSPHRASE, FAST);
    expectKind(await openSealed(sealed, undefined as unknown as string, FAST), 'wrong-passphrase');
  });
});

describe('isSealed and checkSealed', () => {
  it.each<[unknown, boolean]>([
    ['s1.AAAA', true],
    ['  s1.AAAA', true],
    ['s2.AAAA', true],
    ['r1.AAAA', false],
    ['a1.AAAA', false],
    ['S1.AAAA', false],
    ['s1', false],
    ['', false],
    [undefined, false],
    [42, false],
  ])('isSealed(%j) is %s', (token, expected) => {
    expect(isSealed(token)).toBe(expected);
  });

  it('checks a sealed token without the passphrase', async () => {
    const sealed = await sealText(PLAIN, PASSPHRASE, FAST);
    expect(checkSealed(sealed).ok).toBe(true);
    expectKind(checkSealed(sealed.replace(/^s1\./, 's3.')), 'newer-version');
    expectKind(checkSealed(sealed.slice(0, 20)), 'truncated');
  });
});
