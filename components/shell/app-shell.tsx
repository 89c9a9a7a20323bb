import { Brand } from './brand';
import { MobileNav } from './mobile-nav';
import { NavLinks } from './nav-links';
import { UserMenu, type ShellUser } from './user-menu';

export function AppShell({ user, children }: { user: ShellUser; children: React.ReactNode }) {
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_minmax(0,1fr)]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2 focus:text-sm focus:shadow-md focus:outline-none focus:ring-2 focus:ring-ring"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-dvh flex-col gap-4 border-r bg-sidebar p-4 text-sidebar-foreground md:flex">
        <Brand className="px-1" />
        <div className="-mx-1 flex-1 overflow-y-auto px-1">
          <NavLinks />
        </div>
        <UserMenu user={user} />
      </aside>
      <MobileNav user={user} />
      {/* min-w-0 lets wide children (tables) scroll inside their own box instead of widening the page. */}
      <main id="main" tabIndex={-1} className="min-w-0 px-4 py-6 focus:outline-none sm:px-6 lg:px-8">
        <div className="mx-auto max-w-6xl space-y-6">{children}</div>
      </main>
    </div>
  );
}
