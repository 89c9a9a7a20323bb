'use client';

import { signOut } from 'next-auth/react';
import { ChevronsUpDown, LogOut } from 'lucide-react';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { ThemeRadioItems } from './theme-toggle';

export interface ShellUser {
  email: string;
  name?: string | null;
}

export function UserMenu({ user }: { user: ShellUser }) {
  const display = user.name?.trim() || user.email;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" className="h-auto w-full justify-between gap-2 px-2 py-1.5" data-testid="user-menu">
          <span className="flex min-w-0 items-center gap-2">
            <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-primary text-xs font-semibold uppercase text-primary-foreground" aria-hidden>
              {display.slice(0, 1)}
            </span>
            <span className="truncate text-sm">{display}</span>
          </span>
          <ChevronsUpDown className="size-4 opacity-60" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="grid gap-0.5 font-normal">
          {user.name ? <span className="truncate font-medium">{user.name}</span> : null}
          <span className="truncate text-muted-foreground">{user.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-xs font-medium text-muted-foreground">Theme</DropdownMenuLabel>
        <ThemeRadioItems />
        <DropdownMenuSeparator />
        {/* Client-side signOut (no server action): it posts to Auth.js with its CSRF token, then navigates. */}
        <DropdownMenuItem onSelect={() => void signOut({ redirectTo: '/login' })} data-testid="sign-out">
          <LogOut aria-hidden /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
