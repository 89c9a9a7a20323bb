'use client';

import { formatUnixSeconds } from '@/lib/format';
import { useViewerZone } from './viewer-zone';

/**
 * A moment (Unix seconds) in the viewer's zone. Rendered on the server too, where the zone comes from
 * the viewer's cookie; without one the server and hydration show UTC, corrected right after.
 */
export function DateTime({ unixSeconds }: { unixSeconds: number }) {
  const zone = useViewerZone() ?? 'UTC';
  return <time dateTime={new Date(unixSeconds * 1000).toISOString()}>{formatUnixSeconds(unixSeconds, zone)}</time>;
}
