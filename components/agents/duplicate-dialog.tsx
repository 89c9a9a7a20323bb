'use client';

import { useQueryClient } from '@tanstack/react-query';
import { Loader2 } from 'lucide-react';
import { useAppRouter } from '@/components/common/use-app-router';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { useAppForm } from '@/components/common/use-app-form';
import { useFormMutation } from '@/components/common/use-form-mutation';
import { nameProblem } from '@/lib/agents/form-rules';
import type { AgentDetail } from '@/lib/agents/model';
import { agentKeys } from '@/lib/agents/queries';
import { duplicateAgentMutation } from '@/lib/agents/mutations';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  agent: AgentDetail;
  /** The editor has unsaved changes: the copy is made from the saved version, and says so. */
  dirty: boolean;
}

export function DuplicateDialog({ open, onOpenChange, agent, dirty }: Props) {
  const router = useAppRouter();
  const queryClient = useQueryClient();
  const form = useAppForm<{ name: string }>({ rules: { name: nameProblem }, defaultValues: { name: `${agent.name} (copy)` } });
  const duplicate = useFormMutation(form, {
    ...duplicateAgentMutation(agent.agent_id),
    onSuccess: ({ agent: copy }) => {
      queryClient.setQueryData(agentKeys.detail(copy.agent_id), { agent: copy, stale: false });
      onOpenChange(false);
      router.push(`/agents/${encodeURIComponent(copy.agent_id)}`);
    },
  });
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent data-testid="duplicate-dialog">
        <DialogHeader>
          <DialogTitle>Duplicate “{agent.name}”</DialogTitle>
          <DialogDescription>
            A new agent with the same configuration, without phone numbers.{dirty ? ' It copies the saved version: your unsaved changes are not included.' : ''}
          </DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form className="space-y-4" noValidate onSubmit={form.handleSubmit(({ name }) => duplicate.mutate({ name: name.trim() }))}>
            <FormField
              control={form.control}
              name="name"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Name of the copy</FormLabel>
                  <FormControl>
                    <Input autoComplete="off" maxLength={200} data-testid="duplicate-name" {...field} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={duplicate.isPending} data-testid="confirm-duplicate">
                {duplicate.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
                Duplicate
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
