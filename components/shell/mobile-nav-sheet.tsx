'use client';

import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@/components/ui/sheet';
import { Brand } from './brand';
import { NavLinks } from './nav-links';
import { UserMenu, type ShellUser } from './user-menu';

interface Props {
  user: ShellUser;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onNavigate: () => void;
  /** The menu button outside this lazily loaded module: focus goes back to it on close. */
  returnFocusTo: React.RefObject<HTMLButtonElement | null>;
}

/** The mobile navigation drawer (Radix Dialog), loaded by MobileNav on demand. */
export function MobileNavSheet({ user, open, onOpenChange, onNavigate, returnFocusTo }: Props) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent
        side="left"
        closeLabel="Close navigation"
        className="bg-sidebar text-sidebar-foreground"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
      >
        <SheetHeader>
          <SheetTitle className="sr-only">Navigation</SheetTitle>
          <SheetDescription className="sr-only">Sections of the dashboard</SheetDescription>
          <Brand onNavigate={onNavigate} />
        </SheetHeader>
        <div className="-mx-1 flex-1 overflow-y-auto px-1">
          <NavLinks onNavigate={onNavigate} />
        </div>
        <UserMenu user={user} />
      </SheetContent>
    </Sheet>
  );
}
