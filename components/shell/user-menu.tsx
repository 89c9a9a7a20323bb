'use client';

import { Suspense, useState } from 'react';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';
import { UserMenuButton, type ShellUser } from './user-menu-button';

export type { ShellUser };

// The dropdown (Radix DropdownMenu and its popper, the theme items, next-auth's signOut) is not part of
// the first load of every dashboard page: it is fetched when the button is hovered or focused, and
// mounted, open, on the first press.
const UserMenuDropdown = lazyWithPreload(() => import('./user-menu-dropdown'), 'UserMenuDropdown');

export function UserMenu({ user }: { user: ShellUser }) {
  const [openedWith, setOpenedWith] = useState<'pointer' | 'keyboard' | null>(null);
  const closedButton = <UserMenuButton user={user} aria-haspopup="menu" aria-expanded={false} data-state="closed" />;
  if (openedWith) {
    return (
      <Suspense fallback={closedButton}>
        <UserMenuDropdown user={user} openedWith={openedWith} />
      </Suspense>
    );
  }
  return (
    <UserMenuButton
      user={user}
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      onPointerEnter={UserMenuDropdown.preload}
      onFocus={UserMenuDropdown.preload}
      // The same gestures as Radix's trigger: a primary-button press, or Enter, Space or ArrowDown.
      onPointerDown={(event) => {
        if (event.button !== 0 || event.ctrlKey) return;
        event.preventDefault();
        setOpenedWith('pointer');
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ' && event.key !== 'ArrowDown') return;
        event.preventDefault();
        setOpenedWith('keyboard');
      }}
    />
  );
}
