'use client';

import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CircleAlert, Copy, History, Loader2, MessagesSquare, Phone, Trash2, TriangleAlert, Undo2 } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/common/confirm-button';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';
import { ApiError } from '@/lib/api/client';
import { agentDraftProblems, editableJson, parseAgentJson, type DraftProblem } from '@/lib/agents/form-rules';
import { AGENT_FIELD_BY_PATH, applyAgentPatch, buildAgentPatch, diffAgent, updatedAtOf, withValueAtPath, type AgentChange, type AgentDetail, type AgentPatch } from '@/lib/agents/model';
import { telephonyFixPatch, telephonyFormatProblems } from '@/lib/agents/call-rules';
import { agentKeys } from '@/lib/agents/queries';
import { agentUpdateMutation } from '@/lib/agents/mutations';
import { changeLabel } from './agent-diff';
import { AgentSections, SectionNav } from './agent-sections';
import { EditorContext, fieldId, type EditorContextValue } from './editor-context';
import { useUnsavedGuard } from './use-unsaved-guard';

// Dialogs and the history panel load when first wanted (hover, focus or click), out of the editor's chunk.
const ReviewDialog = lazyWithPreload(() => import('./review-dialog'), 'ReviewDialog');
const ConflictDialog = lazyWithPreload(() => import('./conflict-dialog'), 'ConflictDialog');
const HistorySheet = lazyWithPreload(() => import('./history-sheet'), 'HistorySheet');
const DuplicateDialog = lazyWithPreload(() => import('./duplicate-dialog'), 'DuplicateDialog');
const DeleteAgentDialog = lazyWithPreload(() => import('./delete-agent-dialog'), 'DeleteAgentDialog');

type Problems = Map<string, string>;

const toMap = (problems: DraftProblem[]): Problems => {
  const map: Problems = new Map();
  for (const { field, message } of problems) map.set(field, map.has(field) ? `${map.get(field)}; ${message}` : message);
  return map;
};

/** Where a problem is shown: the field itself, or the item's row for list items, else nowhere on the form. */
function placeOf(path: string): string | null {
  if (AGENT_FIELD_BY_PATH.has(path) || path === 'advanced') return path;
  if (/^platform_settings\.(evaluation\.criteria|data_collection)(\.|$)/.test(path)) return path;
  return null;
}

function focusField(path: string) {
  const element = document.getElementById(fieldId(path)) ?? document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"] input, [data-field="${CSS.escape(path)}"] textarea`);
  element?.scrollIntoView({ block: 'center' });
  element?.focus({ preventScroll: true });
}

interface Props {
  agent: AgentDetail;
  /** The agent came from the KV copy: ElevenLabs is not answering, so nothing can be saved. */
  stale: boolean;
}

/**
 * The whole agent is one draft object edited by path (the form's fields, the analysis lists and the
 * Advanced JSON all write the same object), compared with `base`, the version the editor loaded or last
 * saved. A save sends only the difference, with `base`'s updated_at so a change made elsewhere is
 * refused (409) instead of overwritten.
 */
export function AgentEditor({ agent: loaded, stale }: Props) {
  const queryClient = useQueryClient();
  const id = loaded.agent_id;
  const [base, setBase] = useState(loaded);
  const [draft, setDraft] = useState(loaded);
  // Bumped when the draft is replaced wholesale (their version loaded, a restore, JSON applied), so
  // fields holding text as typed start again from the new values.
  const [revision, setRevision] = useState(0);
  const [problems, setProblems] = useState<Problems>(new Map());
  const [jsonText, setJsonText] = useState<string | null>(null);
  const [review, setReview] = useState<{ changes: AgentChange[]; patch: AgentPatch } | null>(null);
  const [conflict, setConflict] = useState<AgentDetail | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const changes = useMemo(() => diffAgent(base, draft), [base, draft]);
  const dirty = changes.length > 0 || jsonText !== null;
  useUnsavedGuard(dirty);

  const set = useCallback((path: string, value: unknown) => {
    setDraft((current) => withValueAtPath(current, path, value));
    setProblems((current) => {
      if (![...current.keys()].some((key) => key === path || key.startsWith(`${path}.`))) return current;
      return new Map([...current].filter(([key]) => key !== path && !key.startsWith(`${path}.`)));
    });
  }, []);

  const replaceDraft = (next: AgentDetail, nextBase?: AgentDetail) => {
    if (nextBase) setBase(nextBase);
    setDraft(next);
    setJsonText(null);
    setProblems(new Map());
    setRevision((value) => value + 1);
  };

  const writeCache = (agent: AgentDetail) => queryClient.setQueryData(agentKeys.detail(id), { agent, stale: false });

  const updateOptions = agentUpdateMutation(id);
  const update = useMutation({
    ...updateOptions,
    // The editor shows a refused save itself: the conflict dialog, messages at the fields, a line by the save button.
    meta: { ...updateOptions.meta, showsError: true },
    // The saved state shows at once; a refused save puts the loaded version back and says why.
    onMutate: ({ changes: patch }) => {
      const previous = base;
      const optimistic = applyAgentPatch(base, patch);
      setBase(optimistic);
      setDraft((current) => applyAgentPatch(current, patch));
      writeCache(optimistic);
      setSaveError(null);
      return { previous, optimistic };
    },
    onError: (error, _request, context) => {
      if (context) {
        setBase(context.previous);
        writeCache(context.previous);
      }
      if (error instanceof ApiError && error.code === 'conflict') {
        const current = (error.details as { current?: AgentDetail } | undefined)?.current;
        if (current) {
          setConflict(current);
          return;
        }
      }
      if (error instanceof ApiError && error.fields.length) {
        const fieldProblems = toMap(error.fields);
        setProblems(fieldProblems);
        const unplaced = [...fieldProblems].filter(([path]) => !placeOf(path));
        setSaveError(
          unplaced.length
            ? `ElevenLabs refused the save: ${unplaced.map(([path, message]) => `${changeLabel(path)}: ${message}`).join('; ')}`
            : 'ElevenLabs refused the save: see the fields marked below.',
        );
        const first = [...fieldProblems.keys()].find((path) => placeOf(path));
        if (first) requestAnimationFrame(() => focusField(first));
        return;
      }
      setSaveError(`The changes were not saved: ${error.message}`);
    },
    onSuccess: ({ agent }, _request, context) => {
      setBase(agent);
      writeCache(agent);
      // Unless more was typed meanwhile, the form now shows exactly what ElevenLabs stored.
      setDraft((current) => (context && diffAgent(context.optimistic, current).length === 0 ? agent : current));
    },
  });

  const saving = update.isPending;
  const locked = stale || saving;
  const context: EditorContextValue = useMemo(
    () => ({ draft, set, errorAt: (path: string) => problems.get(path), disabled: stale }),
    [draft, set, problems, stale],
  );

  /** The Advanced JSON read back onto the draft, or null (its message shown) when it cannot be. */
  function applyJson(): AgentDetail | null {
    if (jsonText === null) return draft;
    const parsed = parseAgentJson(jsonText, base);
    if (!parsed.ok) {
      setProblems(new Map([['advanced', parsed.message]]));
      return null;
    }
    setDraft(parsed.agent);
    setJsonText(null);
    setProblems(new Map());
    setRevision((value) => value + 1);
    return parsed.agent;
  }

  function startSave() {
    setSaveError(null);
    const candidate = applyJson();
    if (!candidate) {
      setSaveError('The Advanced JSON cannot be read: see the message under it.');
      requestAnimationFrame(() => focusField('advanced'));
      return;
    }
    const found = agentDraftProblems(candidate);
    if (found.length) {
      setProblems(toMap(found));
      setSaveError(found.length === 1 ? 'One field needs attention before saving.' : `${found.length} fields need attention before saving.`);
      const first = found.find(({ field }) => placeOf(field))?.field;
      requestAnimationFrame(() => focusField(first ?? 'advanced'));
      return;
    }
    const pending = diffAgent(base, candidate);
    if (!pending.length) return;
    setReview({ changes: pending, patch: buildAgentPatch(base, candidate) });
  }

  function send(patch: AgentPatch) {
    const at = updatedAtOf(base);
    if (at === null) {
      setSaveError('This agent has no update time, so a save could overwrite changes made elsewhere. Reload the page.');
      return;
    }
    update.mutate({ base_updated_at_unix_secs: at, changes: patch });
  }

  const phoneNumbers = base.phone_numbers ?? [];
  const telephony = phoneNumbers.length ? telephonyFormatProblems(base) : [];
  const jsonView = jsonText ?? editableJson(draft);

  return (
    <EditorContext.Provider value={context}>
      <div className="space-y-4" data-testid="agent-editor" data-ready={ready} data-dirty={dirty} data-saving={saving}>
        <div className="space-y-3">
          <Link href="/agents" className="text-sm text-muted-foreground hover:underline">
            ← Agents
          </Link>
          <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0 space-y-1">
              <h1 className="break-words text-2xl font-semibold tracking-tight" data-testid="agent-title">
                {base.name}
              </h1>
              <p className="break-all font-mono text-xs text-muted-foreground">{id}</p>
              {phoneNumbers.length ? (
                <p className="flex flex-wrap items-center gap-1 text-sm text-muted-foreground">
                  <Phone className="size-4" aria-hidden /> {phoneNumbers.map((number) => number.phone_number ?? number.phone_number_id).join(', ')}
                </p>
              ) : null}
            </div>
            <div className="flex shrink-0 flex-wrap gap-2">
              <Link href={`/conversations?${new URLSearchParams({ agent: id })}`} className="inline-flex h-8 items-center gap-1 rounded-md border px-3 text-sm hover:bg-muted" data-testid="editor-conversations">
                <MessagesSquare className="size-4" aria-hidden /> Conversations
              </Link>
              <LazyButton label="History" icon={<History className="size-4" aria-hidden />} preload={HistorySheet.preload} testId="open-history">
                {(open, setOpen) => (
                  <HistorySheet
                    open={open}
                    onOpenChange={setOpen}
                    agentId={id}
                    current={base}
                    dirty={dirty}
                    onRestored={(agent) => {
                      replaceDraft(agent, agent);
                      writeCache(agent);
                    }}
                  />
                )}
              </LazyButton>
              <LazyButton label="Duplicate" icon={<Copy className="size-4" aria-hidden />} preload={DuplicateDialog.preload} testId="duplicate-agent" disabled={stale}>
                {(open, setOpen) => <DuplicateDialog open={open} onOpenChange={setOpen} agent={base} dirty={dirty} />}
              </LazyButton>
              <ConfirmButton dialog={DeleteAgentDialog} dialogProps={{ agent: base }} testId="delete-agent">
                <Trash2 className="size-4" aria-hidden /> Delete
              </ConfirmButton>
            </div>
          </div>
        </div>

        {stale ? (
          <Alert variant="warning" data-testid="agent-stale">
            <CircleAlert aria-hidden />
            <AlertTitle>ElevenLabs is not answering</AlertTitle>
            <AlertDescription>This is the agent as this dashboard last saw it. Saving is off until ElevenLabs answers again.</AlertDescription>
          </Alert>
        ) : null}

        {telephony.length ? (
          <Alert variant="warning" data-testid="telephony-warning">
            <TriangleAlert aria-hidden />
            <AlertTitle>Phone calls need μ-law 8000 Hz audio</AlertTitle>
            <AlertDescription>
              <p>
                This agent answers {phoneNumbers.length === 1 ? 'a phone number' : `${phoneNumbers.length} phone numbers`}, but its{' '}
                {telephony.map((problem) => `${problem.side} audio is ${problem.current ?? 'the default (PCM 16000 Hz)'}`).join(' and its ')}. Callers may hear
                noise or nothing.
              </p>
              <Button
                type="button"
                size="sm"
                className="mt-2"
                disabled={locked}
                onClick={() => send(telephonyFixPatch())}
                data-testid="fix-telephony"
              >
                Switch both to μ-law 8000 Hz and save
              </Button>
            </AlertDescription>
          </Alert>
        ) : null}

        <div className="flex flex-col gap-4 lg:flex-row">
          <SectionNav />
          <form
            key={revision}
            className="min-w-0 flex-1 pb-24"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              startSave();
            }}
            aria-label="Agent settings"
          >
            <AgentSections
              json={{
                text: jsonView,
                edited: jsonText !== null,
                onChange: (text) => {
                  setJsonText(text);
                  if (problems.has('advanced')) setProblems(new Map([...problems].filter(([key]) => key !== 'advanced')));
                },
                onApply: () => void applyJson(),
              }}
            />
          </form>
        </div>

        <div className="sticky bottom-0 z-20 -mx-4 border-t bg-background/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8" data-testid="save-bar">
          {saveError ? (
            <p role="alert" className="mb-2 text-sm text-destructive" data-testid="save-error">
              {saveError}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-muted-foreground" aria-live="polite" data-testid="save-status">
              {saving ? 'Saving…' : dirty ? (changes.length === 1 ? '1 unsaved change' : changes.length ? `${changes.length} unsaved changes` : 'Unsaved JSON edits') : 'All changes saved'}
            </p>
            <div className="flex gap-2">
              <Button type="button" variant="outline" disabled={!dirty || saving} onClick={() => replaceDraft(base)} data-testid="discard-changes">
                <Undo2 className="size-4" aria-hidden /> Discard
              </Button>
              <Button type="button" disabled={!dirty || locked} onClick={startSave} onPointerEnter={ReviewDialog.preload} onFocus={ReviewDialog.preload} data-testid="save-agent">
                {saving ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
                Review and save
              </Button>
            </div>
          </div>
        </div>

        {review ? (
          <Suspense fallback={null}>
            <ReviewDialog
              changes={review.changes}
              onCancel={() => setReview(null)}
              onConfirm={() => {
                send(review.patch);
                setReview(null);
              }}
            />
          </Suspense>
        ) : null}
        {conflict ? (
          <Suspense fallback={null}>
            <ConflictDialog
              base={base}
              current={conflict}
              draft={draft}
              onReloadTheirs={() => {
                replaceDraft(conflict, conflict);
                writeCache(conflict);
                setConflict(null);
                setSaveError(null);
              }}
              onKeepMine={() => {
                // Their version becomes the base; my changes are laid over it and shown for review again.
                const mine = buildAgentPatch(base, draft);
                const next = applyAgentPatch(conflict, mine);
                replaceDraft(next, conflict);
                writeCache(conflict);
                setConflict(null);
                setSaveError(null);
                const pending = diffAgent(conflict, next);
                if (pending.length) setReview({ changes: pending, patch: buildAgentPatch(conflict, next) });
              }}
              onClose={() => setConflict(null)}
            />
          </Suspense>
        ) : null}
      </div>
    </EditorContext.Provider>
  );
}

/** A header button whose dialog or panel is fetched on hover or focus and mounted on first click. */
function LazyButton({
  label,
  icon,
  preload,
  testId,
  disabled,
  children,
}: {
  label: string;
  icon: React.ReactNode;
  preload: () => void;
  testId: string;
  disabled?: boolean;
  children: (open: boolean, setOpen: (open: boolean) => void) => React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={ref}
        type="button"
        variant="outline"
        size="sm"
        disabled={disabled}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        data-testid={testId}
      >
        {icon} {label}
      </Button>
      {loaded ? <Suspense fallback={null}>{children(open, setOpen)}</Suspense> : null}
    </>
  );
}

