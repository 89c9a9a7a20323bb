import { headers } from 'next/headers';
import { Providers } from '@/components/providers';
import { viewerTimeZone } from '@/components/common/viewer-time-zone';

/**
 * Server wrapper: hands the client providers the request's CSP nonce (next-themes' inline script) and
 * the viewer's time zone as the browser last reported it (components/common/viewer-zone.tsx).
 */
export async function NonceProviders({ children }: { children: React.ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <Providers nonce={nonce} timeZone={await viewerTimeZone()}>
      {children}
    </Providers>
  );
}
