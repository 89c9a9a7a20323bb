import { cn } from '@/lib/utils';

/** A busy indicator in CSS alone: on a page with no other icon it spares lucide's runtime (~4 kB gzip). */
export function Spinner({ className }: { className?: string }) {
  return <span className={cn('inline-block size-4 animate-spin rounded-full border-2 border-current border-r-transparent', className)} aria-hidden />;
}
