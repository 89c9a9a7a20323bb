import { NonceProviders } from '@/components/nonce-providers';

export const runtime = 'edge';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <NonceProviders>{children}</NonceProviders>;
}
