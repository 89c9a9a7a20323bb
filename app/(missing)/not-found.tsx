import { PageNotFound } from '@/components/common/page-not-found';

// The title is set by the group's layout.

export default function MissingNotFound() {
  return <PageNotFound />;
}
