// The create form's rules, safe for the browser (no zod): the same limits and messages the submit
// route's schema (schemas.ts) is built from.
import type { FormRules } from '@/lib/forms/rules';
import { MAX_RECIPIENTS } from './upload/columns';

export const CALL_NAME_MAX = 120;
export const CONCURRENCY_LIMIT = { min: 1, max: 1000 } as const;
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
export { MAX_RECIPIENTS };

export const batchMessages = {
  name: 'Give the batch a name',
  nameTooLong: `A name has at most ${CALL_NAME_MAX} characters`,
  agent: 'Choose an agent',
  phoneNumber: 'Choose the number to call from',
  concurrency: `A whole number from ${CONCURRENCY_LIMIT.min} to ${CONCURRENCY_LIMIT.max}, or empty for the plan's share`,
  when: 'Choose a date, a time and a time zone',
  past: 'That time has passed: choose a later one, or send now',
  tooMany: `A batch takes at most ${MAX_RECIPIENTS.toLocaleString('en-US')} recipients`,
} as const;

export interface BatchFormValues {
  name: string;
  agentId: string;
  phoneNumberId: string;
  /** Empty: the plan's share. Text as typed. */
  concurrency: string;
  timing: 'now' | 'schedule';
  date: string;
  time: string;
  timeZone: string;
}

/** Offset of `zone` from UTC at `utcMs`, in ms. */
function zoneOffsetMs(zone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second')) - utcMs;
}

/** A wall-clock date and time in a zone as Unix seconds; null when unreadable. */
export function scheduledUnix(date: string, time: string, zone: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t || !zone) return null;
  try {
    const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
    let utc = wall - zoneOffsetMs(zone, wall);
    utc = wall - zoneOffsetMs(zone, utc);
    return Math.floor(utc / 1000);
  } catch {
    return null;
  }
}

export function parseConcurrency(text: string): number | null | undefined {
  const value = text.trim();
  if (!value) return null;
  if (!/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= CONCURRENCY_LIMIT.min && number <= CONCURRENCY_LIMIT.max ? number : undefined;
}

export function batchFormRules(now: () => number = () => Date.now()): FormRules<BatchFormValues> {
  return {
    name: (value) => (!value.trim() ? batchMessages.name : value.trim().length > CALL_NAME_MAX ? batchMessages.nameTooLong : undefined),
    agentId: (value) => (value ? undefined : batchMessages.agent),
    phoneNumberId: (value) => (value ? undefined : batchMessages.phoneNumber),
    concurrency: (value) => (parseConcurrency(value) === undefined ? batchMessages.concurrency : undefined),
    time: (_, values) => {
      if (values.timing !== 'schedule') return undefined;
      const unix = scheduledUnix(values.date, values.time, values.timeZone);
      if (unix === null) return batchMessages.when;
      return unix * 1000 < now() ? batchMessages.past : undefined;
    },
  };
}
