import { describe, expect, it } from 'vitest';
import { typedNumber } from '~/lib/typed-number';

describe('typedNumber: a number as a learner types it', () => {
  it.each<[string, ReturnType<typeof typedNumber>]>([
    ['3', { kind: 'number', value: 3 }],
    [' 12 ', { kind: 'number', value: 12 }],
    ['2.5', { kind: 'number', value: 2.5 }],
    ['2,5', { kind: 'number', value: 2.5 }],
    ['0,75', { kind: 'number', value: 0.75 }],
    [',5', { kind: 'number', value: 0.5 }],
    ['.5', { kind: 'number', value: 0.5 }],
    ['-3', { kind: 'number', value: -3 }],
    ['1.', { kind: 'number', value: 1 }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    // Fifteen hundred in English, one and a half elsewhere: refused, not guessed.
    ['1,500', { kind: 'thousands comma' }],
    ['-2,000', { kind: 'thousands comma' }],
    ['1,2,3', { kind: 'not a number' }],
    ['2.5,1', { kind: 'not a number' }],
    ['two', { kind: 'not a number' }],
    ['3x', { kind: 'not a number' }],
    ['1e3', { kind: 'not a number' }],
    ['0x10', { kind: 'not a number' }],
    ['Infinity', { kind: 'not a number' }],
    ['-', { kind: 'not a number' }],
  ])('%j reads as %j', (text, expected) => expect(typedNumber(text)).toEqual(expected));
});
