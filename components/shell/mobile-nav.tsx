'use client';

import { Suspense, useRef, useState } from 'react';
import { usePathname } from 'next/navigation';
import { Menu } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';
import { Brand } from './brand';
import type { ShellUser } from './user-menu';

// The drawer (Radix Dialog, focus trap, scroll lock) is not part of every page's first load: it is
// fetched when the menu button is touched, hovered or focused, and mounted on the first press.
const MobileNavSheet = lazyWithPreload(() => import('./mobile-nav-sheet'), 'MobileNavSheet');

export function MobileNav({ user }: { user: ShellUser }) {
  // usePathname is null outside the App Router (tests, Storybook-like harnesses).
  const pathname = usePathname() ?? '';
  // The sheet remembers the path it was opened on, so any navigation (a link, the back button) closes it.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const open = openedOn === pathname;
  const close = () => setOpenedOn(null);

  return (
    <header className="sticky top-0 z-40 flex h-14 items-center gap-2 border-b bg-background/95 px-3 backdrop-blur supports-[backdrop-filter]:bg-background/80 md:hidden">
      <Button
        ref={buttonRef}
        variant="ghost"
        size="icon"
        aria-label="Open navigation"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-state={open ? 'open' : 'closed'}
        onPointerEnter={MobileNavSheet.preload}
        onFocus={MobileNavSheet.preload}
        onClick={() => {
          setLoaded(true);
          setOpenedOn(pathname);
        }}
      >
        <Menu className="size-5" aria-hidden />
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <MobileNavSheet
            user={user}
            open={open}
            onOpenChange={(next) => setOpenedOn(next ? pathname : null)}
            onNavigate={close}
            returnFocusTo={buttonRef}
          />
        </Suspense>
      ) : null}
      <Brand />
    </header>
  );
}
