import Link from 'next/link';
import { AudioLines } from 'lucide-react';
import { cn } from '@/lib/utils';

export function Brand({ className, onNavigate }: { className?: string; onNavigate?: () => void }) {
  return (
    <Link
      href="/"
      onClick={onNavigate}
      className={cn('flex w-fit items-center gap-2 rounded-md font-semibold tracking-tight focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring', className)}
    >
      <span className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
        <AudioLines className="size-4" aria-hidden />
      </span>
      Voicedesk
    </Link>
  );
}
