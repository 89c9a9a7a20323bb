import { describe, expect, it } from 'vitest';
import { DEFAULT_IP_ALLOWLIST, isIpAllowed, normaliseIp } from './model';

describe('normaliseIp', () => {
  it.each([
    ['34.67.146.145', '34.67.146.145'],
    [' 34.67.146.145 ', '34.67.146.145'],
    ['::ffff:34.67.146.145', '34.67.146.145'],
    ['::FFFF:34.67.146.145', '34.67.146.145'],
    ['2001:DB8::1', '2001:db8::1'],
  ])('%j -> %s', (input, expected) => expect(normaliseIp(input)).toBe(expected));
});

describe('isIpAllowed', () => {
  const on = { enabled: true, ips: ['34.67.146.145', '2001:db8::1'] };

  it('lets everything through while the list is off', () => {
    expect(isIpAllowed(DEFAULT_IP_ALLOWLIST, '203.0.113.9')).toBe(true);
    expect(isIpAllowed(DEFAULT_IP_ALLOWLIST, null)).toBe(true);
  });

  it.each([
    ['34.67.146.145', true],
    ['::ffff:34.67.146.145', true],
    ['2001:DB8::1', true],
    ['34.67.146.146', false],
    ['', false],
    [null, false],
  ])('with the list on, %j -> %s', (ip, allowed) => expect(isIpAllowed(on, ip)).toBe(allowed));
});
