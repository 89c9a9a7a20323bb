// The viewer's calendar days: which IANA zone the browser is in, and where a day of that zone begins
// and ends in Unix time. Plain Intl, no zod and no date library, so the browser and the server share it.

/** The cookie in which the browser keeps its zone, so the server can render times and days as the viewer reads them. */
export const TIME_ZONE_COOKIE = 'tz';

/** IANA names ("America/Los_Angeles", "UTC", "Etc/GMT+5"): a short, plain alphabet before Intl judges the name. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter giving the wall-clock date and time of an instant in `zone`; throws RangeError on an unknown zone. */
function wallClock(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    if (formatters.size > 100) formatters.clear();
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether `zone` is a time zone this runtime knows (Intl's own list, aliases such as "UTC" included). */
export function isTimeZone(zone: string): boolean {
  if (!ZONE_NAME.test(zone)) return false;
  try {
    wallClock(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `zone` at `ms`, read as if it were UTC: its difference from `ms` is the zone's offset then. */
function wallAsUtc(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of wallClock(zone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return utc(parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** Date.UTC without its quirk of reading years 0–99 as 1900–1999. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The calendar day (days since 1970-01-01) that `ms` falls on in `zone`. */
function dayNumber(ms: number, zone: string): number {
  return Math.floor(wallAsUtc(ms, zone) / 86_400_000);
}

/**
 * The first instant (ms) of calendar day `day` (days since 1970-01-01) in `zone`. Usually its midnight,
 * but a zone that springs forward at midnight (America/Santiago, Asia/Beirut) has no 00:00 that day,
 * and one that falls back at 01:00 has two: the day begins at the first instant whose date is that day.
 * The offset is read on either side of the day, so a change near midnight is seen whichever way it goes.
 */
function dayStartMs(day: number, zone: string): number {
  const midnightUtc = day * 86_400_000;
  const candidates = [midnightUtc - 14 * 3_600_000, midnightUtc + 14 * 3_600_000]
    .map((probe) => midnightUtc - (wallAsUtc(probe, zone) - probe))
    .sort((a, b) => a - b);
  const starts = candidates.filter((ms) => dayNumber(ms, zone) === day && dayNumber(ms - 1000, zone) < day);
  return starts[0] ?? candidates.find((ms) => dayNumber(ms, zone) === day) ?? candidates[0]!;
}

function dayOf(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return Math.floor(utc(Number(match[1]), Number(match[2]), Number(match[3])) / 86_400_000);
}

/** Unix seconds of the first second of `date` (YYYY-MM-DD) in `zone`. */
export function dayStartUnix(date: string, zone: string): number {
  return Math.floor(dayStartMs(dayOf(date), zone) / 1000);
}

/** Unix seconds of the last second of `date` (YYYY-MM-DD) in `zone`: 23, 24 or 25 hours after its start. */
export function dayEndUnix(date: string, zone: string): number {
  return Math.floor(dayStartMs(dayOf(date) + 1, zone) / 1000) - 1;
}

/**
 * The browser's zone, or undefined where it cannot say (then days are UTC, as the server assumes). Not
 * checked with isTimeZone here, to keep that out of every page's JavaScript: the server checks it.
 */
export function browserTimeZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}
