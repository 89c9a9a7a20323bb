import { headers } from 'next/headers';
import { Providers } from '@/components/providers';

/** Server wrapper: hands the request's CSP nonce to the client providers (next-themes' inline script). */
export async function NonceProviders({ children }: { children: React.ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <Providers nonce={nonce}>{children}</Providers>;
}
