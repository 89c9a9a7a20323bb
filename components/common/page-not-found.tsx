import Link from 'next/link';
import { FileQuestion } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';

/** The 404 page's content: inside the app shell for a signed-in admin, on its own otherwise. */
export function PageNotFound() {
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center" data-testid="page-not-found">
      <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <FileQuestion className="size-6" aria-hidden />
      </span>
      <div className="space-y-1">
        <p className="text-sm font-medium text-muted-foreground">404</p>
        <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
        <p className="text-sm text-muted-foreground">This address does not lead to a page of this dashboard. The link may be mistyped or out of date.</p>
      </div>
      <div className="flex flex-wrap justify-center gap-2">
        <Link href="/" className={buttonVariants({ size: 'sm' })}>
          Go to the overview
        </Link>
        <Link href="/conversations" className={buttonVariants({ variant: 'outline', size: 'sm' })}>
          Conversations
        </Link>
      </div>
    </section>
  );
}
