import type { Metadata } from 'next';
import { PageNotFound } from '@/components/common/page-not-found';

// Rendered inside the dashboard layout (shell, theme, the request's CSP nonce) for notFound() in any
// dashboard page and, through [...missing], for every address no page matches.
export const metadata: Metadata = { title: 'Page not found' };

export default function DashboardNotFound() {
  return <PageNotFound />;
}
