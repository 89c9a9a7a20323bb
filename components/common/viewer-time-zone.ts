import 'server-only';
import { cookies } from 'next/headers';
import { isTimeZone, TIME_ZONE_COOKIE } from '@/lib/time-zone';

/**
 * The viewer's zone as the browser last reported it (the `tz` cookie, components/common/viewer-zone.tsx),
 * when it names a zone this runtime knows; undefined otherwise. A cookie is input: never used unchecked.
 */
export async function viewerTimeZone(): Promise<string | undefined> {
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return zone && isTimeZone(zone) ? zone : undefined;
}
