'use client';

import Link from 'next/link';
import { useQueryClient } from '@tanstack/react-query';
import { ChevronLeft, ChevronRight, Download, MessagesSquare } from 'lucide-react';
import { Button, buttonVariants } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { EmptyState } from '@/components/common/empty-state';
import { DateTime } from '@/components/common/date-time';
import { useViewerZone } from '@/components/common/viewer-zone';
import { formatDuration } from '@/lib/conversations/format';
import { conversationDetailQuery, filtersToSearchParams } from '@/lib/conversations/queries';
import { hasDayFilter, type ConversationFilters } from '@/lib/conversations/model';
import type { ConversationPage, ConversationSummary } from '@/lib/conversations/upstream';
import { OutcomeBadge, StatusBadge } from './conversation-status';

export interface Paging {
  olderHref: (cursor: string) => string;
  newerHref: string;
  firstPageHref: string;
}

interface ConversationsListProps {
  data: ConversationPage;
  filters: ConversationFilters;
  paging: Paging;
  /** The previous page, still shown while the next one loads. */
  dimmed: boolean;
}

/** One page of the list, with export and paging. Loaded by ConversationsBrowser beside the list request. */
export function ConversationsList({ data, filters, paging, dimmed }: ConversationsListProps) {
  // The zone whose days the export's `from` and `to` name, as the list's do.
  const zone = useViewerZone();
  const queryClient = useQueryClient();
  const prefetch = (id: string) => void queryClient.prefetchQuery(conversationDetailQuery(id));
  const { conversations, has_more, next_cursor } = data;
  if (conversations.length === 0 && !filters.cursor) {
    return <EmptyState icon={MessagesSquare} title="No conversations" description="Nothing matches these filters yet." />;
  }
  if (conversations.length === 0) {
    // A cursor past the end (a page emptied by deletions, an edited link): there is nothing newer to step back to.
    return (
      <EmptyState
        icon={MessagesSquare}
        title="No conversations on this page"
        description="This page is past the end of the list."
        action={
          <Link href={paging.firstPageHref} className="underline" data-testid="first-page">
            Go to the first page
          </Link>
        }
      />
    );
  }
  const exportParams = filtersToSearchParams({ ...filters, cursor: undefined, prev: undefined, page_size: undefined, tz: hasDayFilter(filters) ? zone : undefined });
  // The detail's "← Conversations" link comes back to this very page, filters and all.
  const list = filtersToSearchParams(filters).toString();
  const detailHref = (id: string) => `/conversations/${id}${list ? `?${new URLSearchParams({ list })}` : ''}`;

  return (
    <div className="space-y-3" aria-busy={dimmed}>
      <ConversationTable conversations={conversations} onPrefetch={prefetch} detailHref={detailHref} dimmed={dimmed} />
      <ConversationCards conversations={conversations} onPrefetch={prefetch} detailHref={detailHref} dimmed={dimmed} />
      <nav className="flex flex-wrap items-center justify-between gap-2" aria-label="Pages">
        <a
          href={`/api/conversations/export?${exportParams}`}
          download
          className={buttonVariants({ variant: 'outline', size: 'sm' })}
          data-testid="export-csv"
        >
          <Download className="size-4" aria-hidden /> Export CSV
        </a>
        <div className="flex gap-2">
          {/* Links, not buttons: the first page arrives rendered by the server, and a press before its
              JavaScript has run must still page. Not prefetched: each would be a worker request. */}
          {filters.cursor ? (
            <Link href={paging.newerHref} prefetch={false} className={buttonVariants({ variant: 'outline', size: 'sm' })} data-testid="previous-page">
              <ChevronLeft className="size-4" aria-hidden /> Newer
            </Link>
          ) : (
            <Button variant="outline" size="sm" disabled data-testid="previous-page">
              <ChevronLeft className="size-4" aria-hidden /> Newer
            </Button>
          )}
          {has_more && next_cursor && !dimmed ? (
            <Link href={paging.olderHref(next_cursor)} prefetch={false} className={buttonVariants({ variant: 'outline', size: 'sm' })} data-testid="next-page">
              Older <ChevronRight className="size-4" aria-hidden />
            </Link>
          ) : (
            <Button variant="outline" size="sm" disabled data-testid="next-page">
              Older <ChevronRight className="size-4" aria-hidden />
            </Button>
          )}
        </div>
      </nav>
    </div>
  );
}

interface ListProps {
  conversations: ConversationSummary[];
  onPrefetch: (id: string) => void;
  detailHref: (id: string) => string;
  dimmed: boolean;
}

function titleOf(conversation: ConversationSummary): string {
  if (conversation.status === 'in-progress' || conversation.status === 'initiated') return 'Call in progress';
  return conversation.call_summary_title || conversation.transcript_summary?.slice(0, 80) || 'Untitled conversation';
}

/*
 * Row links do not let Next prefetch the detail route as they scroll into view: that was one worker
 * request (session check, KV read) per visible row, 26 for a desktop page, on every list view. The
 * detail's data is prefetched on hover, focus or touch instead (onPrefetch), and its route shell
 * is small.
 */
function ConversationTable({ conversations, onPrefetch, detailHref, dimmed }: ListProps) {
  return (
    <div className={`hidden rounded-lg border md:block ${dimmed ? 'opacity-60' : ''}`}>
      <Table data-testid="conversations-table">
        <TableHeader>
          <TableRow>
            <TableHead>Conversation</TableHead>
            <TableHead>Agent</TableHead>
            <TableHead>Started</TableHead>
            <TableHead className="text-right">Duration</TableHead>
            <TableHead className="text-right">Messages</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Outcome</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {conversations.map((conversation) => (
            <TableRow key={conversation.conversation_id} data-testid="conversation-row" data-outcome={conversation.call_successful} data-agent={conversation.agent_id} data-duration={conversation.call_duration_secs}>
              <TableCell className="max-w-72">
                <Link
                  href={detailHref(conversation.conversation_id)}
                  prefetch={false}
                  className="line-clamp-1 font-medium hover:underline"
                  onMouseEnter={() => onPrefetch(conversation.conversation_id)}
                  onFocus={() => onPrefetch(conversation.conversation_id)}
                >
                  {titleOf(conversation)}
                </Link>
              </TableCell>
              <TableCell>{conversation.agent_name ?? conversation.agent_id}</TableCell>
              <TableCell className="whitespace-nowrap"><DateTime unixSeconds={conversation.start_time_unix_secs} /></TableCell>
              <TableCell className="text-right tabular-nums">{formatDuration(conversation.call_duration_secs)}</TableCell>
              <TableCell className="text-right tabular-nums">{conversation.message_count}</TableCell>
              <TableCell>
                <StatusBadge status={conversation.status} />
              </TableCell>
              <TableCell>
                <OutcomeBadge outcome={conversation.call_successful} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function ConversationCards({ conversations, onPrefetch, detailHref, dimmed }: ListProps) {
  return (
    <ul className={`space-y-2 md:hidden ${dimmed ? 'opacity-60' : ''}`} data-testid="conversations-cards">
      {conversations.map((conversation) => (
        <li key={conversation.conversation_id} data-testid="conversation-card" data-outcome={conversation.call_successful} data-agent={conversation.agent_id} data-duration={conversation.call_duration_secs}>
          <Link
            href={detailHref(conversation.conversation_id)}
            prefetch={false}
            className="block rounded-lg border bg-card p-3 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            onTouchStart={() => onPrefetch(conversation.conversation_id)}
            onFocus={() => onPrefetch(conversation.conversation_id)}
          >
            <p className="line-clamp-2 font-medium">{titleOf(conversation)}</p>
            <p className="mt-1 text-sm text-muted-foreground">
              {conversation.agent_name ?? conversation.agent_id} · <DateTime unixSeconds={conversation.start_time_unix_secs} />
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <OutcomeBadge outcome={conversation.call_successful} labelled />
              <StatusBadge status={conversation.status} />
              <span className="tabular-nums text-muted-foreground">
                {formatDuration(conversation.call_duration_secs)} · {conversation.message_count} messages
              </span>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
