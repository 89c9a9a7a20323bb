'use client';

import type { CSSProperties } from 'react';
import { useTheme } from 'next-themes';
import { CircleAlert, CircleCheck, Info, Loader2, TriangleAlert } from 'lucide-react';
import { Toaster as Sonner, type ToasterProps } from 'sonner';

// Neutral toasts in the popover tokens with a coloured icon, rather than sonner's richColors,
// whose own palette ignores ours and falls below AA contrast in places.
const tokenStyle = {
  '--normal-bg': 'hsl(var(--popover))',
  '--normal-text': 'hsl(var(--popover-foreground))',
  '--normal-border': 'hsl(var(--border))',
  '--normal-bg-hover': 'hsl(var(--accent))',
  '--normal-border-hover': 'hsl(var(--border))',
  '--border-radius': 'var(--radius)',
} as CSSProperties;

export function Toaster(props: ToasterProps) {
  const { theme = 'system' } = useTheme();
  return (
    <Sonner
      theme={theme as ToasterProps['theme']}
      className="toaster group"
      closeButton
      style={tokenStyle}
      icons={{
        success: <CircleCheck className="size-4 text-success" aria-hidden />,
        info: <Info className="size-4 text-primary" aria-hidden />,
        warning: <TriangleAlert className="size-4 text-warning" aria-hidden />,
        error: <CircleAlert className="size-4 text-destructive" aria-hidden />,
        loading: <Loader2 className="size-4 animate-spin text-muted-foreground" aria-hidden />,
      }}
      toastOptions={{ classNames: { description: 'text-muted-foreground!' } }}
      {...props}
    />
  );
}
