'use client';

import { Loader2 } from 'lucide-react';
import { useAppRouter } from '@/components/common/use-app-router';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { useAppForm } from '@/components/common/use-app-form';
import { useFormMutation } from '@/components/common/use-form-mutation';
import { createAgentRules, type CreateAgentInput } from '@/lib/agents/form-rules';
import { AGENT_TEMPLATE_KEYS, AGENT_TEMPLATES, templateConfig } from '@/lib/agents/model';
import { agentPlaceholders } from '@/lib/agents/call-rules';
import { agentKeys } from '@/lib/agents/queries';
import { createAgentMutation } from '@/lib/agents/mutations';
import { useQueryClient } from '@tanstack/react-query';

/** Name and starting template; the agent is created in ElevenLabs, then opens in the editor. */
export function CreateAgentForm() {
  const router = useAppRouter();
  const queryClient = useQueryClient();
  const form = useAppForm<CreateAgentInput>({ rules: createAgentRules, defaultValues: { name: AGENT_TEMPLATES.support.name, template: 'support' } });
  const create = useFormMutation(form, {
    ...createAgentMutation(),
    onSuccess: ({ agent }) => {
      // The editor opens from this answer, without asking again.
      queryClient.setQueryData(agentKeys.detail(agent.agent_id), { agent, stale: false });
      router.push(`/agents/${encodeURIComponent(agent.agent_id)}`);
    },
  });
  const chosen = form.watch('template');

  return (
    <Card>
      <CardContent className="pt-6">
        <Form {...form}>
          <form className="space-y-6" noValidate onSubmit={form.handleSubmit((values) => create.mutate({ name: values.name.trim(), template: values.template }))}>
            <FormField
              control={form.control}
              name="template"
              render={({ field }) => (
                <FormItem>
                  <fieldset className="space-y-2">
                    <legend className="text-sm font-medium">Starting template</legend>
                    <p className="text-sm text-muted-foreground">It fills the prompt, first message and analysis items; you can change all of them next.</p>
                    <div className="grid gap-2 sm:grid-cols-2" role="radiogroup" aria-label="Starting template">
                      {AGENT_TEMPLATE_KEYS.map((key) => {
                        const template = AGENT_TEMPLATES[key];
                        const placeholders = agentPlaceholders(templateConfig(key));
                        return (
                          <label
                            key={key}
                            className="flex cursor-pointer gap-3 rounded-lg border p-3 has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
                            data-testid={`template-${key}`}
                          >
                            <input
                              type="radio"
                              name={field.name}
                              value={key}
                              checked={field.value === key}
                              onChange={() => {
                                // A name still the previous template's suggestion follows the new template.
                                const name = form.getValues('name').trim();
                                if (!name || name === AGENT_TEMPLATES[field.value].name) form.setValue('name', template.name);
                                field.onChange(key);
                              }}
                              className="mt-1 accent-primary"
                            />
                            <span className="min-w-0 space-y-1">
                              <span className="block font-medium">{template.label}</span>
                              <span className="block text-sm text-muted-foreground">{template.description}</span>
                              {placeholders.length ? (
                                <span className="block text-xs text-muted-foreground">Uses {placeholders.map((name) => `{{${name}}}`).join(', ')}</span>
                              ) : null}
                            </span>
                          </label>
                        );
                      })}
                    </div>
                  </fieldset>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="name"
              render={({ field }) => (
                <FormItem className="sm:max-w-md">
                  <FormLabel>Name</FormLabel>
                  <FormControl>
                    <Input autoComplete="off" maxLength={200} data-testid="new-agent-name" {...field} />
                  </FormControl>
                  <FormDescription>Shown in lists and in conversation records.</FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
            <Button type="submit" disabled={create.isPending} data-testid="create-agent">
              {create.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
              Create {AGENT_TEMPLATES[chosen]?.label.toLowerCase() ?? ''} agent
            </Button>
          </form>
        </Form>
      </CardContent>
    </Card>
  );
}
