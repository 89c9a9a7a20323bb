import { notFound } from 'next/navigation';

// Every address no other page matches lands here, so its 404 renders inside the dashboard layout
// (app shell, theme, the request's CSP nonce) instead of the static root page, whose scripts the
// nonce-based CSP refused.
export const runtime = 'edge';

export default function MissingPage() {
  notFound();
}
