// @vitest-environment happy-dom
/**
 * The tools' number and date inputs (src/ui/ToolInputs.tsx) never drop what was typed: an entry that is not a number
 * or a date stays in the box, says what it expects (tied to the box for screen readers), and calls for no save.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toDay } from '~/lib/dates';
import { DateInput, NumberInput, dateRangeProblem, readDateInput, readNumber } from '~/ui/ToolInputs';

afterEach(() => cleanup());

describe('readNumber', () => {
  const rule = { min: 0, max: 500, integer: true };
  it.each<[string, ReturnType<typeof readNumber>]>([
    ['3', { kind: 'number', value: 3 }],
    [' 12 ', { kind: 'number', value: 12 }],
    ['', { kind: 'empty' }],
    ['two intros', { kind: 'problem', message: 'Enter a whole number from 0 to 500, in figures, such as 2.' }],
    ['2.5', { kind: 'problem', message: 'Enter a whole number from 0 to 500.' }],
    ['501', { kind: 'problem', message: 'Enter a whole number from 0 to 500.' }],
    ['-1', { kind: 'problem', message: 'Enter a whole number from 0 to 500.' }],
    ['1e3', { kind: 'problem', message: 'Enter a whole number from 0 to 500, in figures, such as 2.' }],
  ])('%j reads as %j', (text, expected) => expect(readNumber(text, rule)).toEqual(expected));

  it('says what to do with a thousands comma, rather than asking for figures the learner did type', () => {
    expect(readNumber('1,500', { min: 0, max: 1440, integer: true, unit: 'minutes' })).toEqual({
      kind: 'problem',
      message: 'Write it without a comma for thousands, such as 1500 (a comma is read as a decimal point, as in 2,5).',
    });
  });

  it('takes a decimal comma for a rule that allows fractions', () => {
    expect(readNumber('1,5', { min: 0, max: 40, unit: 'hours a week' })).toEqual({ kind: 'number', value: 1.5 });
  });
});

describe('readDateInput', () => {
  it.each<[string, boolean, ReturnType<typeof readDateInput>]>([
    ['2026-03-31', false, { kind: 'date', value: '2026-03-31' }],
    ['', false, { kind: 'empty' }],
    ['', true, { kind: 'unfinished' }],
    ['next Tuesday', false, { kind: 'unfinished' }],
    ['2026-02-30', false, { kind: 'unfinished' }],
  ])('%j (half typed: %s) reads as %j', (value, badInput, expected) => {
    expect(readDateInput({ value, validity: { badInput } as ValidityState })).toEqual(expected);
  });
});

describe('dateRangeProblem', () => {
  it.each<[string, Parameters<typeof dateRangeProblem>[1], RegExp | undefined]>([
    ['2026-12-01', 'up to today', /^This date is after today/],
    ['2026-11-30', 'up to today', undefined],
    ['2019-06-01', 'up to today', undefined],
    ['2026-11-29', 'from today', /^This date has passed/],
    ['2026-11-30', 'from today', undefined],
    ['2030-01-01', 'from today', undefined],
    ['2099-01-01', 'any', undefined],
    ['1999-01-01', 'any', undefined],
    ['1900-01-01', 'up to today', /^This date is more than 100 years ago: check the year/],
    ['1926-11-30', 'up to today', undefined],
    ['1926-11-29', 'up to today', /more than 100 years ago/],
    ['2036-11-30', 'from today', undefined],
    ['2036-12-01', 'from today', /^This date is more than 10 years ahead: check the year/],
    ['0202-05-01', 'up to today', /more than 100 years ago/],
  ])('%s, %s, on 2026-11-30', (date, range, expected) => {
    const problem = dateRangeProblem(date, range, '2026-11-30');
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeUndefined();
  });
});

describe('NumberInput', () => {
  it('keeps words as typed, says what it expects, and saves nothing; a number is saved', async () => {
    const onChange = vi.fn();
    const onProblem = vi.fn();
    render(
      <>
        <label for="n">Things given</label>
        <NumberInput
          id="n"
          value={1}
          rule={{ min: 0, max: 500, integer: true }}
          onChange={onChange}
          onProblem={onProblem}
        />
      </>,
    );
    const box = screen.getByLabelText('Things given');
    const user = userEvent.setup();
    await user.clear(box);
    await user.type(box, 'two intros');
    expect(box).toHaveProperty('value', 'two intros');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number from 0 to 500, in figures, such as 2.');
    expect(box.getAttribute('aria-describedby')).toContain('n-problem');
    // Emptying the box was a change (to nothing); the words were not.
    expect(onChange.mock.calls).toEqual([[undefined]]);
    expect(onProblem).toHaveBeenLastCalledWith(expect.stringMatching(/^Enter a whole number/));
    await user.clear(box);
    await user.type(box, '2');
    expect(onChange).toHaveBeenLastCalledWith(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('follows a value saved elsewhere, unless the learner is mid-way through a wrong entry', async () => {
    const rule = { min: 0, max: 500, integer: true };
    const { rerender } = render(<NumberInput id="n" value={1} rule={rule} onChange={() => {}} />);
    const box = screen.getByRole('textbox');
    rerender(<NumberInput id="n" value={4} rule={rule} onChange={() => {}} />);
    expect(box).toHaveProperty('value', '4');
    fireEvent.input(box, { target: { value: 'four' } });
    rerender(<NumberInput id="n" value={5} rule={rule} onChange={() => {}} />);
    expect(box).toHaveProperty('value', 'four');
  });
});

describe('DateInput', () => {
  it('a date half typed says what it expects and saves nothing; the saved date is not written over it', () => {
    const onChange = vi.fn();
    render(<DateInput id="d" value="2026-03-02" onChange={onChange} />);
    const box = document.getElementById('d') as HTMLInputElement;
    Object.defineProperty(box, 'validity', { value: { badInput: true }, configurable: true });
    fireEvent.input(box, { target: { value: '' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/^Enter the whole date/);
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('Enter in a half-typed date reports the problem before the form is sent; Enter in a whole date does not', () => {
    const onProblem = vi.fn();
    render(<DateInput id="d" value={undefined} onChange={() => {}} onProblem={onProblem} />);
    const box = document.getElementById('d') as HTMLInputElement;
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onProblem).not.toHaveBeenCalledWith(expect.stringMatching(/whole date/));
    Object.defineProperty(box, 'validity', { value: { badInput: true }, configurable: true });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onProblem).toHaveBeenLastCalledWith(expect.stringMatching(/^Enter the whole date/));
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('an emptied date is saved as no date; a required one keeps the last saved date and says so', () => {
    const onChange = vi.fn();
    const { unmount } = render(<DateInput id="d" value="2026-03-02" onChange={onChange} />);
    fireEvent.input(document.getElementById('d')!, { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith(undefined);
    unmount();
    const required = vi.fn();
    render(<DateInput id="r" required value="2026-03-02" onChange={required} />);
    fireEvent.input(document.getElementById('r')!, { target: { value: '' } });
    expect(required).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/This date is needed/);
  });

  it('a day after today, where only today or earlier is allowed, stays in the box with a message and saves nothing', () => {
    const onChange = vi.fn();
    const tomorrow = toDay(new Date(Date.now() + 36 * 3600 * 1000));
    render(<DateInput id="d" value="2026-03-02" range="up to today" onChange={onChange} />);
    const box = document.getElementById('d') as HTMLInputElement;
    expect(box.max).toBe(toDay(new Date()));
    expect(Number(box.min.slice(0, 4))).toBe(new Date().getFullYear() - 100);
    fireEvent.input(box, { target: { value: tomorrow } });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/^This date is after today/);
    expect(box.value).toBe(tomorrow);
    fireEvent.input(box, { target: { value: toDay(new Date()) } });
    expect(onChange).toHaveBeenCalledWith(toDay(new Date()));
  });

  it('a day that has passed, where only today or later is allowed, saves nothing and says so', () => {
    const onChange = vi.fn();
    render(<DateInput id="d" value={undefined} range="from today" onChange={onChange} />);
    const box = document.getElementById('d') as HTMLInputElement;
    expect(box.min).toBe(toDay(new Date()));
    fireEvent.input(box, { target: { value: '2020-01-01' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/^This date has passed/);
  });

  it('a whole date is saved', () => {
    const onChange = vi.fn();
    render(<DateInput id="d" value={undefined} onChange={onChange} />);
    fireEvent.input(document.getElementById('d')!, { target: { value: '2026-04-01' } });
    expect(onChange).toHaveBeenCalledWith('2026-04-01');
  });
});
