import { describe, expect, it } from 'vitest';
import { dayEndUnix, dayStartUnix, isTimeZone } from './time-zone';

const utc = (iso: string) => Date.parse(iso) / 1000;

describe('a calendar day of a time zone, in Unix seconds', () => {
  it.each([
    // [day, zone, first second (UTC), last second (UTC), hours long]
    ['2026-11-28', 'UTC', '2026-11-28T00:00:00Z', '2026-11-28T23:59:59Z', 24],
    ['2026-11-28', 'America/Los_Angeles', '2026-11-28T08:00:00Z', '2026-11-29T07:59:59Z', 24],
    // US daylight saving starts at 02:00 on 8 March 2026: a 23-hour day.
    ['2026-03-08', 'America/Los_Angeles', '2026-03-08T08:00:00Z', '2026-03-09T06:59:59Z', 23],
    // ... and ends at 02:00 on 1 November 2026: a 25-hour day, beginning before the change and ending after it.
    ['2026-11-01', 'America/Los_Angeles', '2026-11-01T07:00:00Z', '2026-11-02T07:59:59Z', 25],
    ['2026-03-29', 'Europe/Paris', '2026-03-28T23:00:00Z', '2026-03-29T21:59:59Z', 23],
    ['2026-10-25', 'Europe/Paris', '2026-10-24T22:00:00Z', '2026-10-25T22:59:59Z', 25],
    // Chile springs forward at midnight: 6 September 2026 has no 00:00 and begins at 01:00 (-03).
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00Z', '2026-09-07T02:59:59Z', 23],
    // ... and falls back at midnight (24:00 -03 becomes 23:00 -04): 4 April has 25 hours, 5 April starts at 00:00 -04.
    ['2026-04-05', 'America/Santiago', '2026-04-05T04:00:00Z', '2026-04-06T03:59:59Z', 24],
    ['2026-11-28', 'Asia/Kolkata', '2026-11-27T18:30:00Z', '2026-11-28T18:29:59Z', 24],
    ['2026-11-28', 'Pacific/Kiritimati', '2026-11-27T10:00:00Z', '2026-11-28T09:59:59Z', 24],
  ])('%s in %s: %s to %s (%d h)', (day, zone, start, end, hours) => {
    expect(dayStartUnix(day, zone)).toBe(utc(start));
    expect(dayEndUnix(day, zone)).toBe(utc(end));
    expect((dayEndUnix(day, zone) + 1 - dayStartUnix(day, zone)) / 3600).toBe(hours);
  });

  it('takes years before 100 literally', () => {
    expect(dayStartUnix('0099-01-01', 'UTC')).toBe(utc('0099-01-01T00:00:00Z'));
  });
});

describe('isTimeZone', () => {
  it.each([
    ['America/Los_Angeles', true],
    ['UTC', true],
    ['Etc/GMT+5', true],
    ['Asia/Kolkata', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['America/Los_Angeles; path=/', false],
    ['../../etc', false],
    ['x'.repeat(65), false],
  ])('%s -> %s', (zone, known) => {
    expect(isTimeZone(zone)).toBe(known);
  });
});
