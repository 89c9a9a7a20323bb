import { notFound } from 'next/navigation';

// Every address no other page matches lands here, so its 404 renders in the app shell (theme, the
// request's CSP nonce on its scripts) with status 404, instead of the static root page, whose
// scripts the nonce-based CSP refused.
export const runtime = 'edge';

export default function MissingPage() {
  notFound();
}
