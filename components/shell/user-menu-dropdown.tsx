'use client';

import { useEffect, useRef } from 'react';
import { signOut } from 'next-auth/react';
import { LogOut } from 'lucide-react';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { ThemeRadioItems } from './theme-toggle';
import { UserMenuButton, type ShellUser } from './user-menu-button';

/**
 * The user menu itself (Radix DropdownMenu, the theme choices, Auth.js' signOut), loaded on the first
 * press of UserMenu's button and mounted already open.
 */
export function UserMenuDropdown({ user, openedWith }: { user: ShellUser; openedWith: 'pointer' | 'keyboard' }) {
  const contentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Opened from the keyboard before this module had loaded: start on the first item, as Radix does.
    if (openedWith !== 'keyboard') return;
    const frame = requestAnimationFrame(() => contentRef.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [openedWith]);
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>
        <UserMenuButton user={user} />
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align="end"
        className="w-60"
        ref={contentRef}
      >
        <DropdownMenuLabel className="grid gap-0.5 font-normal">
          {user.name ? <span className="break-words font-medium">{user.name}</span> : null}
          <span className="break-all text-muted-foreground" data-testid="user-menu-email">
            {user.email}
          </span>
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
