import { Hourglass } from 'lucide-react';
import { Badge } from '@/components/ui/badge';

/** Stands in for a section that is not built yet: says so plainly and shows no invented data. */
export function SectionPlaceholder({ title, description }: { title: string; description: string }) {
  return (
    <div
      className="flex flex-col items-center gap-3 rounded-xl border border-dashed bg-card px-4 py-10 text-center text-card-foreground sm:px-10"
      data-testid="section-placeholder"
    >
      <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Hourglass className="size-6" aria-hidden />
      </span>
      <Badge variant="secondary">Coming in a later release</Badge>
      {/* Not a heading: pages repeat the same title in their h1, and two equal headings confuse screen readers. */}
      <p className="font-semibold">{title}</p>
      <p className="max-w-md text-sm text-muted-foreground">{description}</p>
    </div>
  );
}
