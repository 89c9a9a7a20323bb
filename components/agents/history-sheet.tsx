'use client';

import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ArrowLeft, Loader2 } from 'lucide-react';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@/components/ui/sheet';
import { EmptyState } from '@/components/common/empty-state';
import { QueryState } from '@/components/common/query-state';
import { formatDateTime } from '@/lib/format';
import { diffAgent, updatedAtOf, type AgentDetail, type AgentHistoryEntry, type HistoryAction } from '@/lib/agents/model';
import { agentHistoryEntryQuery, agentHistoryQuery } from '@/lib/agents/queries';
import { restoreAgentVersionMutation } from '@/lib/agents/mutations';
import { changeLabel, DiffList } from './agent-diff';

const ACTION_LABEL: Record<HistoryAction, string> = {
  create: 'Created',
  update: 'Saved',
  restore: 'Restored an earlier version',
  duplicate: 'Created as a copy',
};

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  agentId: string;
  /** The saved version now: a past one is shown as what restoring it would change. */
  current: AgentDetail;
  dirty: boolean;
  onRestored: (agent: AgentDetail) => void;
}

/** Every change made from this dashboard (who, when, which fields), newest first; a past version viewed against now, and restored. */
export function HistorySheet({ open, onOpenChange, agentId, current, dirty, onRestored }: Props) {
  const [selected, setSelected] = useState<AgentHistoryEntry | null>(null);
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="right" className="w-full overflow-y-auto sm:w-[36rem] sm:max-w-[90vw]" data-testid="history-sheet" closeLabel="Close history">
        <SheetHeader>
          <SheetTitle>Change history</SheetTitle>
          <SheetDescription>Saves, restores and copies made from this dashboard. Changes made in ElevenLabs itself are not listed.</SheetDescription>
        </SheetHeader>
        {selected ? (
          <EntryView
            agentId={agentId}
            entry={selected}
            current={current}
            dirty={dirty}
            onBack={() => setSelected(null)}
            onRestored={(agent) => {
              setSelected(null);
              onOpenChange(false);
              onRestored(agent);
            }}
          />
        ) : (
          <EntryList agentId={agentId} onSelect={setSelected} />
        )}
      </SheetContent>
    </Sheet>
  );
}

function EntryList({ agentId, onSelect }: { agentId: string; onSelect: (entry: AgentHistoryEntry) => void }) {
  const history = useQuery(agentHistoryQuery(agentId));
  return (
    <QueryState query={history} loadingRows={4} loadingLabel="Loading history…" errorTitle="The history could not be loaded">
      {({ entries }) =>
        entries.length === 0 ? (
          <EmptyState title="No changes recorded yet" description="Saves made from this dashboard appear here." />
        ) : (
          <ol className="space-y-2" data-testid="history-entries">
            {entries.map((entry, index) => (
              <li key={entry.id} className="rounded-lg border p-3" data-testid="history-entry" data-action={entry.action}>
                <div className="flex items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-sm font-medium">
                      {ACTION_LABEL[entry.action] ?? entry.action}
                      {index === 0 ? <span className="ml-2 text-xs font-normal text-muted-foreground">(latest)</span> : null}
                    </p>
                    <p className="text-xs text-muted-foreground">
                      {formatDateTime(entry.at)} · {entry.by}
                    </p>
                  </div>
                  <Button type="button" variant="outline" size="sm" onClick={() => onSelect(entry)} data-testid="view-version">
                    View
                  </Button>
                </div>
                {entry.changed.length ? (
                  <p className="mt-2 text-xs text-muted-foreground" data-testid="history-fields">
                    {[...new Set(entry.changed.map(changeLabel))].join(', ')}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )
      }
    </QueryState>
  );
}

interface EntryProps {
  agentId: string;
  entry: AgentHistoryEntry;
  current: AgentDetail;
  dirty: boolean;
  onBack: () => void;
  onRestored: (agent: AgentDetail) => void;
}

function EntryView({ agentId, entry, current, dirty, onBack, onRestored }: EntryProps) {
  const detail = useQuery(agentHistoryEntryQuery(agentId, entry.id));
  const restore = useMutation(restoreAgentVersionMutation(agentId));
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-3" data-testid="history-version">
      <Button type="button" variant="ghost" size="sm" onClick={onBack}>
        <ArrowLeft className="size-4" aria-hidden /> All changes
      </Button>
      <p className="text-sm">
        <span className="font-medium">{ACTION_LABEL[entry.action] ?? entry.action}</span> {formatDateTime(entry.at)} by {entry.by}
      </p>
      <QueryState query={detail} loadingRows={3} loadingLabel="Loading this version…" errorTitle="This version could not be loaded">
        {({ snapshot }) => {
          const changes = diffAgent(current, snapshot);
          return (
            <>
              <h3 className="font-medium">Restoring it would change</h3>
              <DiffList changes={changes} beforeLabel="Now" afterLabel="This version" testId="history-diff" />
              <Button type="button" disabled={!changes.length || restore.isPending} onClick={() => setConfirming(true)} data-testid="restore-version">
                Restore this version
              </Button>
              <AlertDialog open={confirming} onOpenChange={setConfirming}>
                <AlertDialogContent>
                  <AlertDialogHeader>
                    <AlertDialogTitle>Restore the version of {formatDateTime(entry.at)}?</AlertDialogTitle>
                    <AlertDialogDescription>
                      {changes.length === 1 ? 'One field' : `${changes.length} fields`} of the live agent change back, and the restore is recorded as a new entry.
                      {dirty ? ' Your unsaved changes in the editor are discarded.' : ''}
                    </AlertDialogDescription>
                  </AlertDialogHeader>
                  <AlertDialogFooter>
                    <AlertDialogCancel>Cancel</AlertDialogCancel>
                    <AlertDialogAction
                      disabled={restore.isPending}
                      onClick={(event) => {
                        event.preventDefault();
                        const at = updatedAtOf(current);
                        if (at === null) return;
                        restore.mutate(
                          { entryId: entry.id, base_updated_at_unix_secs: at },
                          {
                            onSuccess: ({ agent }) => {
                              setConfirming(false);
                              onRestored(agent);
                            },
                            onError: () => setConfirming(false),
                          },
                        );
                      }}
                      data-testid="confirm-restore"
                    >
                      {restore.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
                      Restore
                    </AlertDialogAction>
                  </AlertDialogFooter>
                </AlertDialogContent>
              </AlertDialog>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
