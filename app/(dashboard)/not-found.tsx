import { PageNotFound } from '@/components/common/page-not-found';

// Rendered inside the dashboard layout (shell, theme, the request's CSP nonce) for notFound() in a
// dashboard page (a conversation id that cannot exist); unmatched addresses go to (missing)/.

export default function DashboardNotFound() {
  return <PageNotFound />;
}
