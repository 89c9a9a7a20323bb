import { ChevronsUpDown } from 'lucide-react';
import { Button, type ButtonProps } from '@/components/ui/button';

export interface ShellUser {
  email: string;
  name?: string | null;
}

/** The user menu's trigger: the same button before and after the menu's code has loaded. */
export function UserMenuButton({ user, ...props }: ButtonProps & { user: ShellUser }) {
  const display = user.name?.trim() || user.email;
  return (
    <Button variant="ghost" className="h-auto w-full justify-between gap-2 px-2 py-1.5" data-testid="user-menu" {...props}>
      <span className="flex min-w-0 items-center gap-2">
        <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-primary text-xs font-semibold uppercase text-primary-foreground" aria-hidden>
          {display.slice(0, 1)}
        </span>
        {/* A long address is cut here: the tooltip and the open menu show it whole. */}
        <span className="truncate text-sm" title={user.email}>
          {display}
        </span>
      </span>
      <ChevronsUpDown className="size-4 opacity-60" aria-hidden />
    </Button>
  );
}
