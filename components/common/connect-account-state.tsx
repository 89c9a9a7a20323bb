import Link from 'next/link';
import { PlugZap } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';

export function ConnectAccountState() {
  return (
    <div className="flex flex-col items-center gap-4 rounded-xl border border-dashed px-4 py-10 text-center sm:px-10">
      <span className="flex size-12 items-center justify-center rounded-full bg-primary/10 text-primary">
        <PlugZap className="size-6" aria-hidden />
      </span>
      <div className="max-w-md space-y-1">
        <h2 className="font-semibold">
          Connect your ElevenLabs account
        </h2>
        <p className="text-sm text-muted-foreground">
          Voicedesk reads your agents, conversations and calls through your ElevenLabs API key. Add it in Settings: it
          is stored encrypted on the server and never reaches the browser.
        </p>
      </div>
      <Link href="/settings" className={buttonVariants()} data-testid="connect-account">
        Go to Settings
      </Link>
    </div>
  );
}
