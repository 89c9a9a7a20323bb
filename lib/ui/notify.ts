// Toasts without sonner in the page's first load: the module is fetched with the first toast (the
// Toaster itself mounts lazily too, and sonner replays toasts raised before it mounted).
type Toast = typeof import('sonner').toast;

export function notify(show: (toast: Toast) => void): void {
  void import('sonner').then(({ toast }) => show(toast)).catch(() => undefined);
}
