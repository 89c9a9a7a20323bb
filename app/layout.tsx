import type { Metadata, Viewport } from 'next';
import './globals.css';

// Kept static (no request data here) so Next can prerender the 404 page; the route-group layouts
// below read the per-request CSP nonce and run on the edge.

export const metadata: Metadata = {
  title: { default: 'Voicedesk', template: '%s · Voicedesk' },
  description: 'Admin dashboard for ElevenLabs voice agents',
  robots: { index: false, follow: false },
  // A file in public/, not app/icon.svg: next-on-pages would make that a (Node) function and refuse it.
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b0f17' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">{children}</body>
    </html>
  );
}
