'use client';

import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { formatUnixSeconds } from '@/lib/format';
import { diffAgent, updatedAtOf, type AgentDetail } from '@/lib/agents/model';
import { DiffList } from './agent-diff';

interface Props {
  /** The version this editor loaded. */
  base: AgentDetail;
  /** The version ElevenLabs holds now (from the 409). */
  current: AgentDetail;
  /** The editor's unsaved version. */
  draft: AgentDetail;
  onReloadTheirs: () => void;
  onKeepMine: () => void;
  onClose: () => void;
}

/** The save was refused because the agent changed elsewhere: both versions, and a choice. Nothing was overwritten. */
export function ConflictDialog({ base, current, draft, onReloadTheirs, onKeepMine, onClose }: Props) {
  const theirs = diffAgent(base, current);
  const mine = diffAgent(base, draft);
  const both = new Set(theirs.map((change) => change.path).filter((path) => mine.some((change) => change.path === path)));
  const at = updatedAtOf(current);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-w-3xl" data-testid="conflict-dialog">
        <DialogHeader>
          <DialogTitle>This agent was changed elsewhere</DialogTitle>
          <DialogDescription>
            Someone saved it{at ? ` at ${formatUnixSeconds(at)}` : ''} (in ElevenLabs or another tab) after you opened it. Your save was not sent, so nothing was
            overwritten.
            {both.size ? ` ${both.size === 1 ? 'One field was' : `${both.size} fields were`} changed on both sides.` : ''}
          </DialogDescription>
        </DialogHeader>
        <section className="space-y-2" aria-labelledby="conflict-theirs">
          <h3 id="conflict-theirs" className="font-medium">
            Their changes
          </h3>
          <DiffList changes={theirs} beforeLabel="When you opened it" afterLabel="Theirs" testId="diff-theirs" />
        </section>
        <section className="space-y-2" aria-labelledby="conflict-mine">
          <h3 id="conflict-mine" className="font-medium">
            Your changes
          </h3>
          <DiffList changes={mine} beforeLabel="When you opened it" afterLabel="Yours" testId="diff-mine" />
        </section>
        <DialogFooter className="gap-2">
          <Button type="button" variant="outline" onClick={onReloadTheirs} data-testid="conflict-reload">
            Load their version (drop mine)
          </Button>
          <Button type="button" onClick={onKeepMine} data-testid="conflict-keep-mine">
            Apply mine on top of theirs…
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
