import Link from 'next/link';
import { PlugZap } from 'lucide-react';
import { Button } from '@/components/ui/button';

export function ConnectAccountState() {
  return (
    <div className="flex flex-col items-center gap-4 rounded-xl border border-dashed p-10 text-center" data-testid="connect-account">
      <PlugZap className="size-8 text-primary" aria-hidden />
      <div className="max-w-md space-y-1">
        <p className="font-medium">Connect your ElevenLabs account</p>
        <p className="text-sm text-muted-foreground">
          Add your ElevenLabs API key in Settings. It is stored encrypted on the server and never reaches the browser.
        </p>
      </div>
      <Button asChild>
        <Link href="/settings">Go to Settings</Link>
      </Button>
    </div>
  );
}
