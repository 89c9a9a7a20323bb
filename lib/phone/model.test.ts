import { describe, expect, it } from 'vitest';
import { formatPhone, parsePhone } from './model';

describe('parsePhone', () => {
  it.each([
    ['+1 415 555 2671', undefined, '+14155552671'],
    ['(415) 555-2671', 'US', '+14155552671'],
    ['0044 20 7946 0958', undefined, '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['+49 30 901820', undefined, '+4930901820'],
  ] as const)('%s (%s) → %s', (input, country, e164) => {
    const result = parsePhone(input, country);
    expect(result.ok && result.e164).toBe(e164);
  });

  it.each([
    ['', undefined, 'empty'],
    ['415 555 2671', undefined, 'needs_country'],
    ['+1 555', undefined, 'invalid'],
    ['12345', 'GB', 'invalid'],
  ] as const)('%j (%s) is refused: %s', (input, country, reason) => {
    const result = parsePhone(input, country);
    expect(result.ok ? 'ok' : result.reason).toBe(reason);
  });

  it('formats E.164 for reading', () => {
    expect(formatPhone('+14155552671')).toBe('+1 415 555 2671');
    expect(formatPhone('not a number')).toBe('not a number');
  });
});
