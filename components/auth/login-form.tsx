'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { z } from 'zod';
import { Loader2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { useHydrated } from '@/components/common/use-hydrated';

const loginSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email').pipe(z.email('Enter a valid email')),
  password: z.string().min(1, 'Enter your password'),
});
type LoginValues = z.infer<typeof loginSchema>;

// One message for every failure (unknown account, wrong password, throttled): nothing to enumerate.
const GENERIC_ERROR = 'Invalid email or password.';

export function LoginForm({ callbackPath, initialError }: { callbackPath: string; initialError?: string }) {
  const hydrated = useHydrated();
  const [error, setError] = useState(initialError);
  const form = useForm<LoginValues>({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } });

  async function onSubmit(values: LoginValues) {
    setError(undefined);
    const result = await signIn('credentials', { ...values, redirect: false }).catch(() => null);
    if (!result || result.error) {
      setError(GENERIC_ERROR);
      form.setValue('password', '');
      return;
    }
    // A full navigation so the server components see the new session cookie.
    window.location.assign(callbackPath);
  }

  return (
    <Form {...form}>
      {/* method=post: even before hydration a submit can never put the password in the URL. */}
      <form method="post" onSubmit={form.handleSubmit(onSubmit)} className="space-y-4 rounded-xl border bg-card p-6 shadow-sm" noValidate>
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
          {form.formState.isSubmitting ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
          Sign in
        </Button>
      </form>
    </Form>
  );
}
