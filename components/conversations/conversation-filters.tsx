'use client';

import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Search, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { agentsListQuery } from '@/lib/agents/queries';
import { OUTCOMES, type ConversationFilters } from '@/lib/conversations/schemas';
import { OUTCOME_LABEL } from '@/lib/conversations/format';

const ANY = 'any';

interface Props {
  filters: ConversationFilters;
  onApply: (changes: Partial<ConversationFilters>) => void;
  onClear: () => void;
}

export function ConversationFiltersBar({ filters, onApply, onClear }: Props) {
  const agents = useQuery(agentsListQuery());
  const [search, setSearch] = useState(filters.search ?? '');
  const active = Boolean(filters.agent || filters.outcome || filters.from || filters.to || filters.search || filters.min_duration || filters.max_duration);

  return (
    <div className="grid grid-cols-1 gap-3 rounded-lg border bg-card p-3 sm:grid-cols-2 lg:grid-cols-6" data-testid="conversation-filters">
      <form
        className="relative sm:col-span-2"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          onApply({ search: search.trim() || undefined });
        }}
      >
        <Label htmlFor="conversation-search" className="sr-only">
          Search transcripts
        </Label>
        <Search className="absolute left-2.5 top-2.5 size-4 text-muted-foreground" aria-hidden />
        <Input
          id="conversation-search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder="Search transcripts…"
          className="pl-8"
          maxLength={200}
        />
      </form>
      <Select value={filters.agent ?? ANY} onValueChange={(value) => onApply({ agent: value === ANY ? undefined : value })}>
        <SelectTrigger aria-label="Agent" data-testid="filter-agent">
          <SelectValue placeholder="All agents" />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ANY}>All agents</SelectItem>
          {agents.data?.agents.map((agent) => (
            <SelectItem key={agent.agent_id} value={agent.agent_id}>
              {agent.name}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Select
        value={filters.outcome ?? ANY}
        onValueChange={(value) => onApply({ outcome: value === ANY ? undefined : (value as ConversationFilters['outcome']) })}
      >
        <SelectTrigger aria-label="Outcome" data-testid="filter-outcome">
          <SelectValue placeholder="Any outcome" />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ANY}>Any outcome</SelectItem>
          {OUTCOMES.map((outcome) => (
            <SelectItem key={outcome} value={outcome}>
              {OUTCOME_LABEL[outcome]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <div className="flex items-center gap-2 lg:col-span-2">
        <Input
          type="date"
          aria-label="From date"
          value={filters.from?.slice(0, 10) ?? ''}
          onChange={(event) => onApply({ from: event.target.value || undefined })}
        />
        <span className="text-muted-foreground" aria-hidden>
          –
        </span>
        <Input
          type="date"
          aria-label="To date"
          value={filters.to?.slice(0, 10) ?? ''}
          onChange={(event) => onApply({ to: event.target.value || undefined })}
        />
        {active ? (
          <Button variant="ghost" size="icon" onClick={onClear} aria-label="Clear filters" data-testid="clear-filters">
            <X className="size-4" aria-hidden />
          </Button>
        ) : null}
      </div>
    </div>
  );
}
