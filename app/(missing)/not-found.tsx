import type { Metadata } from 'next';
import { PageNotFound } from '@/components/common/page-not-found';

export const metadata: Metadata = { title: 'Page not found' };

export default function MissingNotFound() {
  return <PageNotFound />;
}
