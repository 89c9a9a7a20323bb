'use client';

import Link from 'next/link';
import { useQueryClient } from '@tanstack/react-query';
import { Bot, ChevronRight, MessagesSquare, Phone, Plus, TriangleAlert } from 'lucide-react';
import { useAppRouter } from '@/components/common/use-app-router';
import { Badge } from '@/components/ui/badge';
import { Button, buttonVariants } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { EmptyState } from '@/components/common/empty-state';
import { formatUnixSeconds } from '@/lib/format';
import { agentListHref } from '@/lib/agents/list-params';
import { agentDetailQuery } from '@/lib/agents/queries';
import { preloadAgentEditor } from './agent-editor-view';
import type { AgentListItem, AgentListParams, AgentListResult } from '@/lib/agents/model';

interface Props {
  data: AgentListResult;
  params: AgentListParams;
  /** The previous page, still shown while the next one loads. */
  dimmed: boolean;
}

const conversationsHref = (id: string) => `/conversations?${new URLSearchParams({ agent: id })}`;
const editorHref = (id: string) => `/agents/${encodeURIComponent(id)}`;
const when = (seconds: number | null) => (seconds ? formatUnixSeconds(seconds) : '—');

/** One page of agents: a table on wide screens, cards on a phone. Loaded by AgentsBrowser beside the list request. */
export function AgentsList({ data, params, dimmed }: Props) {
  const router = useAppRouter();
  const queryClient = useQueryClient();
  // The editor's data and code are fetched on hover, focus or touch, so a click opens it from the cache.
  const prefetch = (id: string) => {
    preloadAgentEditor();
    void queryClient.prefetchQuery(agentDetailQuery(id));
  };
  const { agents, has_more, next_cursor } = data;

  if (agents.length === 0 && !params.cursor) {
    return params.search ? (
      <EmptyState icon={Bot} title="No agents match" description={`No agent’s name contains “${params.search}”.`} />
    ) : (
      <EmptyState
        icon={Bot}
        title="No agents yet"
        description="An agent answers or places calls with the prompt, voice and rules you give it."
        action={
          <Link href="/agents/new" className={buttonVariants()} data-testid="create-first-agent">
            <Plus className="size-4" aria-hidden /> Create your first agent
          </Link>
        }
      />
    );
  }
  if (agents.length === 0) {
    return (
      <EmptyState
        icon={Bot}
        title="No agents on this page"
        description="This page is past the end of the list."
        action={
          <Link href={agentListHref({ ...params, cursor: undefined })} className="underline" data-testid="first-page">
            Go to the first page
          </Link>
        }
      />
    );
  }
  return (
    <div className="space-y-3" aria-busy={dimmed}>
      <AgentTable agents={agents} onPrefetch={prefetch} dimmed={dimmed} />
      <AgentCards agents={agents} onPrefetch={prefetch} dimmed={dimmed} />
      <nav className="flex flex-wrap items-center justify-end gap-2" aria-label="Pages">
        {params.cursor ? (
          <Link href={agentListHref({ ...params, cursor: undefined })} className={buttonVariants({ variant: 'outline', size: 'sm' })} data-testid="first-page">
            First page
          </Link>
        ) : null}
        <Button
          variant="outline"
          size="sm"
          disabled={!has_more || !next_cursor || dimmed}
          onClick={() => next_cursor && router.push(agentListHref({ ...params, cursor: next_cursor }))}
          data-testid="next-page"
        >
          Next page <ChevronRight className="size-4" aria-hidden />
        </Button>
      </nav>
    </div>
  );
}

interface ListProps {
  agents: AgentListItem[];
  onPrefetch: (id: string) => void;
  dimmed: boolean;
}

function Tags({ tags }: { tags: string[] }) {
  if (!tags.length) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <Badge key={tag} variant="secondary">
          {tag}
        </Badge>
      ))}
    </span>
  );
}

function Numbers({ agent }: { agent: AgentListItem }) {
  if (!agent.phone_numbers.length) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="flex flex-col gap-0.5">
      {agent.phone_numbers.map((number) => (
        <span key={number.phone_number_id ?? number.phone_number} className="whitespace-nowrap tabular-nums" title={number.label ?? undefined}>
          {number.phone_number}
        </span>
      ))}
      {agent.telephony_warning ? (
        <span className="flex items-center gap-1 text-xs text-warning" data-testid="row-telephony-warning">
          <TriangleAlert className="size-3" aria-hidden /> Audio not set for phone calls
        </span>
      ) : null}
    </span>
  );
}

/*
 * Row links do not let Next prefetch the editor route as they scroll into view (one worker request
 * per row); the agent is prefetched on hover, focus or touch instead.
 */
function AgentTable({ agents, onPrefetch, dimmed }: ListProps) {
  return (
    <div className={`hidden rounded-lg border md:block ${dimmed ? 'opacity-60' : ''}`}>
      <Table data-testid="agents-table">
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Voice</TableHead>
            <TableHead>Language</TableHead>
            <TableHead>LLM</TableHead>
            <TableHead>Tags</TableHead>
            <TableHead>Phone numbers</TableHead>
            <TableHead>Created</TableHead>
            <TableHead>Last call</TableHead>
            <TableHead>
              <span className="sr-only">Conversations</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {agents.map((agent) => (
            <TableRow key={agent.agent_id} data-testid="agent-row" data-agent={agent.agent_id}>
              <TableCell className="max-w-56">
                <Link
                  href={editorHref(agent.agent_id)}
                  prefetch={false}
                  className="line-clamp-2 font-medium hover:underline"
                  onMouseEnter={() => onPrefetch(agent.agent_id)}
                  onFocus={() => onPrefetch(agent.agent_id)}
                  data-testid="agent-link"
                >
                  {agent.name}
                </Link>
              </TableCell>
              <TableCell className="max-w-32 truncate font-mono text-xs" title={agent.voice_id ?? undefined}>
                {agent.voice_id ?? '—'}
              </TableCell>
              <TableCell>{agent.language ?? '—'}</TableCell>
              <TableCell className="whitespace-nowrap">{agent.llm ?? '—'}</TableCell>
              <TableCell>
                <Tags tags={agent.tags} />
              </TableCell>
              <TableCell>
                <Numbers agent={agent} />
              </TableCell>
              <TableCell className="whitespace-nowrap">{when(agent.created_at_unix_secs)}</TableCell>
              <TableCell className="whitespace-nowrap">{when(agent.last_call_time_unix_secs)}</TableCell>
              <TableCell>
                <Link href={conversationsHref(agent.agent_id)} prefetch={false} className="flex items-center gap-1 whitespace-nowrap text-sm hover:underline" data-testid="agent-conversations">
                  <MessagesSquare className="size-4" aria-hidden /> Conversations
                </Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function AgentCards({ agents, onPrefetch, dimmed }: ListProps) {
  return (
    <ul className={`space-y-2 md:hidden ${dimmed ? 'opacity-60' : ''}`} data-testid="agents-cards">
      {agents.map((agent) => (
        <li key={agent.agent_id} className="rounded-lg border bg-card p-3" data-testid="agent-card" data-agent={agent.agent_id}>
          <Link
            href={editorHref(agent.agent_id)}
            prefetch={false}
            className="block font-medium hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            onTouchStart={() => onPrefetch(agent.agent_id)}
            onFocus={() => onPrefetch(agent.agent_id)}
            data-testid="agent-link"
          >
            {agent.name}
          </Link>
          <p className="mt-1 text-sm text-muted-foreground">
            {[agent.language, agent.llm].filter(Boolean).join(' · ') || '—'} · voice <span className="font-mono text-xs">{agent.voice_id ?? '—'}</span>
          </p>
          <div className="mt-2 text-sm">
            <Tags tags={agent.tags} />
          </div>
          {agent.phone_numbers.length ? (
            <div className="mt-2 flex items-start gap-2 text-sm">
              <Phone className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-label="Phone numbers" />
              <Numbers agent={agent} />
            </div>
          ) : null}
          <p className="mt-2 text-xs text-muted-foreground">
            Created {when(agent.created_at_unix_secs)} · last call {when(agent.last_call_time_unix_secs)}
          </p>
          <Link href={conversationsHref(agent.agent_id)} prefetch={false} className="mt-2 inline-flex items-center gap-1 text-sm underline" data-testid="agent-conversations">
            <MessagesSquare className="size-4" aria-hidden /> Conversations
          </Link>
        </li>
      ))}
    </ul>
  );
}
