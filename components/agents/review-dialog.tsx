'use client';

import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import type { AgentChange } from '@/lib/agents/model';
import { DiffList } from './agent-diff';

/** Exactly what a save will change, field by field, before anything is sent. */
export function ReviewDialog({ changes, onCancel, onConfirm }: { changes: AgentChange[]; onCancel: () => void; onConfirm: () => void }) {
  const count = changes.length === 1 ? '1 change' : `${changes.length} changes`;
  return (
    <Dialog open onOpenChange={(open) => !open && onCancel()}>
      <DialogContent className="max-w-2xl" data-testid="review-dialog">
        <DialogHeader>
          <DialogTitle>Save {count}?</DialogTitle>
          <DialogDescription>These go to ElevenLabs and apply to the agent’s next calls. Nothing else is sent.</DialogDescription>
        </DialogHeader>
        <DiffList changes={changes} beforeLabel="Now" afterLabel="After saving" />
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onCancel}>
            Keep editing
          </Button>
          <Button type="button" onClick={onConfirm} data-testid="confirm-save">
            Save {count}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
