// Display formatting shared by pages (client and server): one locale-aware place.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(value: string | number | Date): string {
  return dateTime.format(typeof value === 'number' ? new Date(value * 1000) : new Date(value));
}
