'use client';

import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { browserTimeZone, TIME_ZONE_COOKIE } from '@/lib/time-zone';

/*
 * The viewer's time zone, for times shown and for the days the list filters by. The browser knows it;
 * the server knows it only from the `tz` cookie this module writes after the first page load. While a
 * page rendered on the server is hydrated, components read the zone the server used (the cookie's, or
 * none), so the HTML and the first client render agree; right after, they switch to the browser's.
 */
const ServerZone = createContext<string | undefined>(undefined);

const subscribe = () => () => {};
let cached: string | undefined | null = null;
const browserZone = () => (cached === null ? (cached = browserTimeZone()) : cached);

/** The zone the server rendered with (from the cookie, validated), handed to the client providers. */
export function ViewerZoneProvider({ zone, children }: { zone: string | undefined; children: React.ReactNode }) {
  // Kept for the next request, so the server renders this viewer's times and days. A year: a zone changes rarely,
  // and a stale one (after travelling) only costs the first render's times being corrected on the client.
  useEffect(() => {
    const current = browserZone();
    if (current && current !== zone) document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(current)}; path=/; max-age=31536000; samesite=lax`;
  }, [zone]);
  return <ServerZone.Provider value={zone}>{children}</ServerZone.Provider>;
}

/** The viewer's IANA zone; undefined only while hydrating a page the server rendered without knowing it. */
export function useViewerZone(): string | undefined {
  const serverZone = useContext(ServerZone);
  return useSyncExternalStore(subscribe, browserZone, () => serverZone);
}
