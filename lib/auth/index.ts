// Auth.js (next-auth v5): credentials sign-in for the configured admin, JWT sessions.
// The config is built per request (lazy) because next-on-pages exposes variables per request.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getConfig, type AppConfig } from '@/lib/config';
import { clientAddressOf, signInOutcome } from './credentials';

const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Reaches the sign-in form as `code: 'paused'`: too many failures from here, whatever the account. */
class SignInPaused extends CredentialsSignin {
  code = 'paused';
}

export function buildAuthConfig(config: AppConfig): NextAuthConfig {
  return {
    secret: config.AUTH_SECRET,
    trustHost: true,
    // Chosen from AUTH_URL rather than guessed from x-forwarded-proto: over plain http (local demo)
    // a guessed https would look for a `__Secure-` cookie that the browser never stored.
    useSecureCookies: config.secureCookies,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    // A wrong password is an expected outcome, not a server error worth a stack trace in the logs.
    logger: {
      error(error) {
        // `type`, not `name`: class names are minified in the worker build.
        if ((error as { type?: string }).type === 'CredentialsSignin') return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
    },
    providers: [
      Credentials({
        credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
        authorize: async (credentials, request) => {
          const outcome = await signInOutcome(credentials, config, { clientAddress: clientAddressOf(request) });
          if ('admin' in outcome) return outcome.admin;
          if (outcome.refused === 'paused') throw new SignInPaused();
          return null;
        },
      }),
    ],
    callbacks: {
      session({ session, token }) {
        if (session.user && token.email) session.user.email = token.email;
        return session;
      },
    },
  };
}

export const { handlers, auth } = NextAuth(() => buildAuthConfig(getConfig()));
