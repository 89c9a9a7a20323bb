'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Spinner } from '@/components/ui/spinner';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { useAppForm } from '@/components/common/use-app-form';
import { useHydrated } from '@/components/common/use-hydrated';
import type { FormRules } from '@/lib/forms/rules';

type LoginValues = { email: string; password: string };

// Only a hint before the request: the server decides, and answers every refusal the same way.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const loginRules: FormRules<LoginValues> = {
  email: (value) => (!value.trim() ? 'Enter your email' : EMAIL_SHAPE.test(value.trim()) ? undefined : 'Enter a valid email'),
  password: (value) => (value ? undefined : 'Enter your password'),
};

// next-auth's client (2.3 kB gzip) is needed only to send the form: fetched when a field is first
// focused, so it is there by the time the button is pressed.
const loadNextAuth = () => import('next-auth/react');
const preloadNextAuth = () => void loadNextAuth().catch(() => undefined);

// One message for every wrong guess (unknown account or wrong password): nothing to enumerate. A pause
// is said as such, for known and unknown addresses alike, so it reveals no more.
const GENERIC_ERROR = 'Invalid email or password.';
const PAUSED_ERROR = 'Too many failed attempts: sign-in is paused for a while. Try again in a few minutes.';

export function LoginForm({ callbackPath, initialError }: { callbackPath: string; initialError?: string }) {
  const hydrated = useHydrated();
  const [error, setError] = useState(initialError);
  const form = useAppForm<LoginValues>({ rules: loginRules, defaultValues: { email: '', password: '' } });

  // The old message goes as soon as the person edits the form (not when the form clears the password).
  useEffect(() => {
    const subscription = form.watch((_values, { type }) => {
      if (type === 'change') setError(undefined);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  async function onSubmit(values: LoginValues) {
    setError(undefined);
    const result = await loadNextAuth()
      .then(({ signIn }) => signIn('credentials', { email: values.email.trim(), password: values.password, redirect: false }))
      .catch(() => null);
    if (!result || result.error) {
      setError(result?.code === 'paused' ? PAUSED_ERROR : GENERIC_ERROR);
      form.setValue('password', '');
      return;
    }
    // A full navigation so the server components see the new session cookie.
    window.location.assign(callbackPath);
  }

  return (
    <Form {...form}>
      {/* method=post: even before hydration a submit can never put the password in the URL. */}
      <form method="post" onFocus={preloadNextAuth} onSubmit={form.handleSubmit(onSubmit)} className="space-y-4 rounded-xl border bg-card p-6 shadow-sm" noValidate>
        <FormField
          control={form.control}
          name="email"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Email</FormLabel>
              <FormControl>
                <Input type="email" autoComplete="username" autoFocus {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="password"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Password</FormLabel>
              <FormControl>
                <Input type="password" autoComplete="current-password" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        {error ? (
          <p data-testid="login-error" role="status" className="text-sm font-medium text-destructive">
            {error}
          </p>
        ) : null}
        <Button type="submit" className="w-full" disabled={!hydrated || form.formState.isSubmitting}>
          {form.formState.isSubmitting ? <Spinner /> : null}
          Sign in
        </Button>
      </form>
    </Form>
  );
}
