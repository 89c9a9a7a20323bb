/** Only same-origin paths: an absolute or protocol-relative callbackUrl would be an open redirect. */
export function safeCallbackPath(callbackUrl: string | undefined | null): string {
  if (!callbackUrl || !callbackUrl.startsWith('/') || callbackUrl.startsWith('//') || callbackUrl.startsWith('/\\')) {
    return '/';
  }
  return callbackUrl.startsWith('/login') ? '/' : callbackUrl;
}
