import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AudioLines } from 'lucide-react';
import { LoginForm } from '@/components/auth/login-form';
import { getAdminSession } from '@/lib/auth/session';
import { safeCallbackPath } from '@/lib/auth/callback';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // A parameter can arrive repeated (an array): safeCallbackPath takes anything and answers "/" then.
  const { callbackUrl, error } = await searchParams;
  const destination = safeCallbackPath(callbackUrl);
  if (await getAdminSession()) redirect(destination);
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6">
        <div className="flex flex-col items-center gap-2 text-center">
          <span className="flex size-10 items-center justify-center rounded-lg bg-primary text-primary-foreground">
            <AudioLines className="size-5" aria-hidden />
          </span>
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Voicedesk</h1>
          <p className="text-sm text-muted-foreground">Admins only. Your ElevenLabs key stays on the server.</p>
        </div>
        <LoginForm callbackPath={destination} initialError={error ? 'Invalid email or password.' : undefined} />
      </div>
    </main>
  );
}
