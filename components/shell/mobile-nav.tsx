'use client';

import { useState } from 'react';
import { usePathname } from 'next/navigation';
import { Menu } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from '@/components/ui/sheet';
import { Brand } from './brand';
import { NavLinks } from './nav-links';
import { UserMenu, type ShellUser } from './user-menu';

export function MobileNav({ user }: { user: ShellUser }) {
  // usePathname is null outside the App Router (tests, Storybook-like harnesses).
  const pathname = usePathname() ?? '';
  // The sheet remembers the path it was opened on, so any navigation (a link, the back button) closes it.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const open = openedOn === pathname;
  const close = () => setOpenedOn(null);

  return (
    <header className="sticky top-0 z-40 flex h-14 items-center gap-2 border-b bg-background/95 px-3 backdrop-blur supports-[backdrop-filter]:bg-background/80 md:hidden">
      <Sheet open={open} onOpenChange={(next) => setOpenedOn(next ? pathname : null)}>
        <SheetTrigger asChild>
          <Button variant="ghost" size="icon" aria-label="Open navigation">
            <Menu className="size-5" aria-hidden />
          </Button>
        </SheetTrigger>
        <SheetContent side="left" closeLabel="Close navigation" className="bg-sidebar text-sidebar-foreground">
          <SheetHeader>
            <SheetTitle className="sr-only">Navigation</SheetTitle>
            <SheetDescription className="sr-only">Sections of the dashboard</SheetDescription>
            <Brand onNavigate={close} />
          </SheetHeader>
          <div className="-mx-1 flex-1 overflow-y-auto px-1">
            <NavLinks onNavigate={close} />
          </div>
          <UserMenu user={user} />
        </SheetContent>
      </Sheet>
      <Brand />
    </header>
  );
}
