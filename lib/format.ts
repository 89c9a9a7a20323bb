// Display formatting shared by pages (client and server): one locale-aware place.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO timestamp or a Date. Unix seconds (ElevenLabs' `*_unix_secs`) go through formatUnixSeconds. */
export function formatDateTime(value: string | Date): string {
  return dateTime.format(new Date(value));
}

const zoned = new Map<string, Intl.DateTimeFormat>();

/**
 * `zone` names the IANA zone to show the time in (the viewer's, as the server learnt it), for text the
 * server renders and the browser hydrates: both must read the same. The locale stays fixed ('en-US')
 * then, for the same reason; without a zone it is the runtime's own zone and locale.
 */
export function formatUnixSeconds(seconds: number, zone?: string): string {
  if (!zone) return dateTime.format(new Date(seconds * 1000));
  let format = zoned.get(zone);
  if (!format) zoned.set(zone, (format = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone })));
  return format.format(new Date(seconds * 1000));
}

const units = ['bytes', 'KB', 'MB', 'GB'] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 365],
];

/** "3 minutes ago", "yesterday": for recency, where the exact time is one hover away. */
export function formatRelativeTime(value: string | Date, nowMs: number = Date.now()): string {
  let delta = Math.round((new Date(value).getTime() - nowMs) / 1000);
  for (const [unit, size] of steps) {
    if (Math.abs(delta) < size) return relative.format(delta, unit);
    delta = Math.round(delta / size);
  }
  return relative.format(delta, 'year');
}
