// `npm run bench [-- --build] [-- --only=sizes,first-row,proxy,cache,transcript,agents,calls,batch-detail,batch-preflight,webhooks,webhook-memory,memory]`: prints the product's
// speed and size figures. Runs the production worker in wrangler pages dev beside the simulator on
// this machine; nothing here asserts.
import { spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { launchChromium, signInPage, withSignedInPage } from './bench-browser';
import WebSocket from 'ws';
import { MAX_WEBHOOK_BYTES } from '../../lib/webhooks/limits';
import { SIMULATOR_DEFAULT_API_KEY, SIMULATOR_DEFAULT_WEBHOOK_SECRET } from '../simulator/defaults';
import { batchDetailBenchmark } from './bench-batches';
import { formatSizes, measureBuild } from './build-sizes';
import { ROOT } from './constants';
import { cookieHeader, signInOverHttp } from './session';
import { buildIsPresent, QUIET_ENV, startStack } from './stack';

const BENCH = { port: 8786, simulatorPort: 8785, inspectorPort: 9339, stateDir: '.wrangler/bench', admin: { email: 'bench@voicedesk.local', password: 'bench-password-1234' } };
const SAMPLES = 200;
/** Passes over the whole workspace: memory that stays bounded levels off after the first. */
const PAGING_PASSES = Number(process.env.BENCH_PAGING_PASSES ?? 4);
const SECTIONS = ['sizes', 'first-row', 'webhooks', 'webhook-memory', 'proxy', 'cache', 'transcript', 'agents', 'calls', 'batch-detail', 'batch-preflight', 'memory'] as const;
type Section = (typeof SECTIONS)[number];
const ONLY = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const REQUESTED: readonly string[] = ONLY ?? SECTIONS;
const wanted = (section: Section) => REQUESTED.includes(section);

/**
 * A run either prints every section it was asked for or exits non-zero saying which are missing
 * and what it was doing: a run once ended with status 0 halfway through the webhooks section, and
 * the figures it never printed read as if they had not been asked for.
 */
const printed = new Set<string>();
let step = 'starting';
const begin = (what: string) => (step = what);
const finished = (section: Section) => printed.add(section);
const missing = () => REQUESTED.filter((section) => !printed.has(section));
process.once('beforeExit', () => {
  // Nothing left to wait on while main still awaits: a promise that can no longer settle.
  if (missing().length) console.error(`\nbench: node ran out of work while waiting in "${step}" (a promise nothing will settle)`);
});
process.on('exit', (code) => {
  if (code !== 0 || !missing().length) return;
  console.error(`bench: exiting during "${step}" without these sections: ${missing().join(', ')}`);
  process.exitCode = 1;
});
let stopStack: (() => Promise<void>) | undefined;
for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    console.error(`\nbench: stopped by ${signal} during "${step}"; not printed: ${missing().join(', ') || 'none'}`);
    // A signal sent to this process alone would leave wrangler running on the bench's ports.
    void Promise.race([stopStack?.(), new Promise((resolve) => setTimeout(resolve, 5000))]).finally(() => process.exit(status));
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timed(request: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`benchmark request failed: ${response.status}`);
  return performance.now() - started;
}

function sizes() {
  console.log('\nSize');
  for (const line of formatSizes(measureBuild(ROOT))) console.log(`  ${line}`);
}

async function main() {
  if (process.argv.includes('--build') || !buildIsPresent()) {
    const started = performance.now();
    const result = spawnSync('npx', ['next-on-pages'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...QUIET_ENV } });
    if (result.status !== 0) throw new Error('build failed');
    console.log(`Build (next-on-pages, from scratch of .next cache state): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const unknown = REQUESTED.filter((section) => !(SECTIONS as readonly string[]).includes(section));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
  if (wanted('sizes')) {
    begin('sizes');
    sizes();
    finished('sizes');
  }

  if (!REQUESTED.some((section) => section !== 'sizes')) return;
  begin('starting the stack');
  const stack = await startStack({ ...BENCH, simulatorPort: BENCH.simulatorPort, fresh: true, seedSecrets: true });
  stopStack = stack.stop;
  try {
    const { jar } = await signInOverHttp(stack.url, BENCH.admin.email, BENCH.admin.password);
    const dashboard = (path: string) => fetch(`${stack.url}${path}`, { headers: { cookie: cookieHeader(jar) } });
    const direct = (path: string) => fetch(`${stack.simulatorUrl}${path}`, { headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY } });
    const page = (await (await direct('/v1/convai/conversations?page_size=100&summary_mode=include')).json()) as { conversations: { conversation_id: string; status: string }[] };
    const done = page.conversations.filter((c) => c.status === 'done').map((c) => c.conversation_id);

    // First: it times cold page loads, before other sections load the worker with work.
    if (wanted('first-row')) {
      begin('first-row');
      await firstRowBenchmark(stack.url, done[0]!);
      finished('first-row');
    }
    if (wanted('webhooks')) {
      begin('webhooks');
      await webhookBenchmark(stack.url, dashboard);
      finished('webhooks');
    }
    if (wanted('webhook-memory')) {
      begin('webhook-memory');
      await webhookMemoryBenchmark(stack.url);
      finished('webhook-memory');
    }

    if (wanted('proxy') || wanted('cache') || wanted('transcript')) {
      begin('warming up');
      await warmUp(dashboard, direct, done[0]!);
    }
    if (wanted('proxy')) {
      begin('proxy');
      await proxyBenchmark(stack.url, stack.simulatorUrl, dashboard, direct, done[0]!);
      finished('proxy');
    }
    if (wanted('cache')) {
      begin('cache');
      await cacheBenchmark(stack.simulatorUrl, dashboard, done.slice(1, 41));
      finished('cache');
    }
    if (wanted('transcript')) {
      begin('transcript');
      const { conversation_id: longId } = (await (await fetch(`${stack.simulatorUrl}/_sim/conversations/long`, { method: 'POST', body: JSON.stringify({ turns: 1000 }) })).json()) as { conversation_id: string };
      await transcriptBenchmark(stack.url, longId);
      finished('transcript');
    }
    if (wanted('agents')) {
      begin('agents');
      await agentEditorBenchmark(stack.url);
      finished('agents');
    }
    if (wanted('calls')) {
      begin('calls');
      await callsBenchmark(stack.url, stack.simulatorUrl, jar);
      finished('calls');
    }
    if (wanted('batch-detail')) {
      begin('batch-detail');
      await batchDetailBenchmark(stack.url, stack.simulatorUrl, SIMULATOR_DEFAULT_API_KEY, BENCH.admin, dashboard);
      finished('batch-detail');
    }
    if (wanted('batch-preflight')) {
      begin('batch-preflight');
      await batchPreflightBenchmark(stack.url);
      finished('batch-preflight');
    }
    // Last: it grows the simulator's workspace, which would slow the direct calls compared above.
    if (wanted('memory')) {
      begin('memory');
      await memoryBenchmark(stack.url, stack.simulatorUrl, dashboard);
      finished('memory');
    }
  } finally {
    begin('stopping the stack');
    await stack.stop();
  }
}

type Fetcher = (path: string) => Promise<Response>;

/**
 * 50 outbound calls submitted at once, each sent twice with the same idempotency key (a double click,
 * a retry): 50 records, 50 in the recent-calls list, and exactly 50 calls placed at the simulator.
 */
async function callsBenchmark(origin: string, simulatorUrl: string, jar: Parameters<typeof cookieHeader>[0]) {
  const CALLS = 50;
  const headers = { cookie: cookieHeader(jar), 'content-type': 'application/json' };
  const sim = async (path: string) => (await fetch(`${simulatorUrl}${path}`, { headers: { 'xi-api-key': SIMULATOR_DEFAULT_API_KEY } })).json();
  const agents = (await sim('/v1/convai/agents?page_size=1')) as { agents: { agent_id: string }[] };
  const numbers = (await sim('/v1/convai/phone-numbers')) as { phone_number_id: string; provider: string }[];
  const from = numbers.find((n) => n.provider === 'twilio')!.phone_number_id;
  const before = (await (await fetch(`${simulatorUrl}/_sim/calls`)).json()) as { placed: number };
  const run = Date.now();
  const bodies = Array.from({ length: CALLS }, (_, i) =>
    JSON.stringify({ idempotency_key: `bench-${run}-${i}`, agent_id: agents.agents[0]!.agent_id, from_phone_number_id: from, to_number: `+1415555${String(3000 + i)}` }),
  );
  const started = performance.now();
  const answers = await Promise.all(
    [...bodies, ...bodies].map(async (body) => {
      const response = await fetch(`${origin}/api/calls`, { method: 'POST', headers, body });
      return { status: response.status, body: (await response.json()) as { call?: { call_id: string }; replayed?: boolean } };
    }),
  );
  const elapsed = performance.now() - started;
  const ok = answers.filter((a) => a.status === 200);
  const callIds = new Set(ok.map((a) => a.body.call!.call_id));
  // The recent-calls list, paged through: every call must be findable.
  const listed = new Set<string>();
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
    const page = (await (await fetch(`${origin}/api/calls${query}`, { headers })).json()) as { calls: { call_id: string }[]; next_cursor: string | null };
    for (const call of page.calls) listed.add(call.call_id);
    cursor = page.next_cursor;
  } while (cursor);
  const after = (await (await fetch(`${simulatorUrl}/_sim/calls`)).json()) as { placed: number };
  const statuses = answers.reduce<Record<number, number>>((counts, a) => ({ ...counts, [a.status]: (counts[a.status] ?? 0) + 1 }), {});
  console.log(`\nOutbound calls: ${CALLS} submitted at once, each twice with the same key (${CALLS * 2} requests in ${ms(elapsed)})`);
  console.log(`  answers: ${Object.entries(statuses).map(([status, count]) => `${count}× ${status}`).join(', ')}; replayed: ${ok.filter((a) => a.body.replayed).length}`);
  console.log(`  records: ${callIds.size}   in recent calls: ${[...callIds].filter((id) => listed.has(id)).length}   calls seen by the simulator: ${after.placed - before.placed}   (expected ${CALLS}/${CALLS}/${CALLS})`);
}

/** Both paths warmed first (worker compile, KV), so no section times a cold start. */
async function warmUp(dashboard: Fetcher, direct: Fetcher, detailId: string) {
  for (let i = 0; i < 20; i++) {
    await timed(() => dashboard('/api/conversations?page_size=30'));
    await timed(() => direct('/v1/convai/conversations?page_size=30&summary_mode=include'));
  }
  await timed(() => dashboard(`/api/conversations/${detailId}`));
}

async function proxyBenchmark(origin: string, simulatorUrl: string, dashboard: Fetcher, direct: Fetcher, detailId: string) {
  const samples = { listProxy: [] as number[], listDirect: [] as number[], detailProxy: [] as number[], detailDirect: [] as number[], trivial: [] as number[] };
  for (let i = 0; i < SAMPLES; i++) {
    samples.trivial.push(await timed(() => fetch(`${origin}/api/health`)));
    samples.listProxy.push(await timed(() => dashboard('/api/conversations?page_size=30')));
    samples.listDirect.push(await timed(() => direct('/v1/convai/conversations?page_size=30&summary_mode=include')));
    samples.detailProxy.push(await timed(() => dashboard(`/api/conversations/${detailId}`)));
    samples.detailDirect.push(await timed(() => direct(`/v1/convai/conversations/${detailId}`)));
  }
  console.log(`\nAPI proxy overhead (${SAMPLES} requests each, interleaved, sequential)`);
  console.log(`  trivial route /api/health (no session, no KV, no upstream): p50 ${ms(percentile(samples.trivial, 50))} p95 ${ms(percentile(samples.trivial, 95))} — the local runtime's own cost`);
  for (const [name, proxy, upstream] of [
    ['list   (30 items)', samples.listProxy, samples.listDirect],
    ['detail (KV hit)  ', samples.detailProxy, samples.detailDirect],
  ] as const) {
    const p50 = percentile(proxy, 50);
    const d50 = percentile(upstream, 50);
    console.log(
      `  ${name}  dashboard p50 ${ms(p50)} p95 ${ms(percentile(proxy, 95))} | simulator p50 ${ms(d50)} p95 ${ms(percentile(upstream, 95))} | ratio p50 ${(p50 / d50).toFixed(2)}×`,
    );
  }

  // The same comparison with the upstream as far away as a real API (150 ms): what a user feels.
  await fetch(`${simulatorUrl}/_sim/faults`, { method: 'POST', body: JSON.stringify({ delayMs: 150, paths: '/v1/convai/conversations' }) });
  const far = { proxy: [] as number[], direct: [] as number[] };
  for (let i = 0; i < SAMPLES; i++) {
    far.proxy.push(await timed(() => dashboard('/api/conversations?page_size=30')));
    far.direct.push(await timed(() => direct('/v1/convai/conversations?page_size=30&summary_mode=include')));
  }
  const [farProxy, farDirect] = [percentile(far.proxy, 50), percentile(far.direct, 50)];
  console.log(
    `  list with 150 ms upstream latency (${SAMPLES} each): dashboard p50 ${ms(farProxy)} p95 ${ms(percentile(far.proxy, 95))} | simulator p50 ${ms(farDirect)} p95 ${ms(percentile(far.direct, 95))} | ratio p50 ${(farProxy / farDirect).toFixed(2)}×`,
  );
  await fetch(`${simulatorUrl}/_sim/faults`, { method: 'DELETE' });

}

async function cacheBenchmark(simulatorUrl: string, dashboard: Fetcher, fresh: string[]) {
  await fetch(`${simulatorUrl}/_sim/faults`, { method: 'POST', body: JSON.stringify({ delayMs: 150 }) });
  const misses: number[] = [];
  const hits: number[] = [];
  for (const id of fresh) misses.push(await timed(() => dashboard(`/api/conversations/${id}`)));
  for (let round = 0; round < 5; round++) for (const id of fresh) hits.push(await timed(() => dashboard(`/api/conversations/${id}`)));
  await fetch(`${simulatorUrl}/_sim/faults`, { method: 'DELETE' });
  console.log(`\nDetail with 150 ms upstream latency (${misses.length} first views, ${hits.length} repeat views)`);
  console.log(`  fetched upstream (miss) p50 ${ms(percentile(misses, 50))} | from KV (hit) p50 ${ms(percentile(hits, 50))} | ${(percentile(misses, 50) / percentile(hits, 50)).toFixed(1)}× faster`);
}

/** JS heap and ArrayBuffer backing stores (where a request body's bytes live), in MB. */
interface HeapSample {
  heapMb: number;
  buffersMb: number;
}

/**
 * A devtools session with the worker runtime, kept open so the heap can be sampled while requests
 * are in flight. Each sample follows a full garbage collection: unlike RSS it does not count memory
 * V8 has not bothered to collect yet.
 */
async function openInspector(inspectorPort: number) {
  const [target] = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as { webSocketDebuggerUrl: string }[];
  // The `ws` client: wrangler's inspector proxy refuses Node's built-in WebSocket handshake.
  const socket = new WebSocket(target!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let id = 0;
  const send = (method: string) => socket.send(JSON.stringify({ id: ++id, method }));
  let waiting: ((sample: HeapSample) => void) | null = null;
  // The inspector proxy renumbers some replies, so the answer is recognised by its shape.
  socket.on('message', (data) => {
    const result = (JSON.parse(String(data)) as { result?: { usedSize?: number; backingStorageSize?: number } }).result;
    if (result?.usedSize === undefined || !waiting) return;
    waiting({ heapMb: result.usedSize / 1024 / 1024, buffersMb: (result.backingStorageSize ?? NaN) / 1024 / 1024 });
    waiting = null;
  });
  send('HeapProfiler.enable');
  return {
    async afterCollection(settleMs: number): Promise<HeapSample> {
      send('HeapProfiler.collectGarbage');
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      const sample = new Promise<HeapSample>((resolve) => (waiting = resolve));
      send('Runtime.getHeapUsage');
      return sample;
    },
    close: () => socket.close(),
  };
}

/** The worker's live JS heap in MB after a full garbage collection. */
async function workerHeapMb(inspectorPort: number): Promise<number> {
  const inspector = await openInspector(inspectorPort);
  try {
    return (await inspector.afterCollection(500)).heapMb;
  } finally {
    inspector.close();
  }
}

function pidOfListener(port: number): string | null {
  const line = spawnSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' }).stdout;
  return /pid=(\d+)/.exec(line)?.[1] ?? null;
}

function rssOfPid(pid: string | null): number {
  if (!pid) return NaN;
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** Resident memory of the process listening on `port` (the worker runtime), in MB. */
function rssOfListener(port: number): number {
  return rssOfPid(pidOfListener(port));
}

async function memoryBenchmark(origin: string, simulatorUrl: string, dashboard: (path: string) => Promise<Response>) {
  const port = Number(new URL(origin).port);
  const { conversations } = (await (await fetch(`${simulatorUrl}/_sim/conversations/bulk`, { method: 'POST', body: JSON.stringify({ count: 20_000 }) })).json()) as { conversations: number };
  // The runtime's own growth over as many requests, for comparison: the trivial route holds nothing.
  const trivialBefore = rssOfListener(port);
  await throughput(PAGING_PASSES * 200, 1, (_i, signal) => fetch(`${origin}/api/health`, { signal }));
  const trivialAfter = rssOfListener(port);
  // Several passes: memory that stays bounded while paging levels off instead of growing pass after pass.
  const passes: { pages: number; rows: number; samples: number[]; heap: number }[] = [];
  const heapBefore = await workerHeapMb(BENCH.inspectorPort);
  for (let pass = 0; pass < PAGING_PASSES; pass++) {
    const samples: number[] = [rssOfListener(port)];
    let cursor: string | null = null;
    let pages = 0;
    let rows = 0;
    do {
      const query: string = `/api/conversations?page_size=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await (await dashboard(query)).json()) as { conversations: unknown[]; next_cursor: string | null; has_more: boolean };
      rows += page.conversations.length;
      pages += 1;
      cursor = page.has_more ? page.next_cursor : null;
      if (pages % 20 === 0) samples.push(rssOfListener(port));
    } while (cursor);
    samples.push(rssOfListener(port));
    passes.push({ pages, rows, samples, heap: await workerHeapMb(BENCH.inspectorPort) });
  }
  console.log(`\nA workspace of ${conversations.toLocaleString()} conversations`);
  console.log(`  for comparison, ${PAGING_PASSES * 200} requests to the trivial /api/health: worker runtime RSS ${trivialBefore.toFixed(0)} MB before, ${trivialAfter.toFixed(0)} MB after`);
  console.log(`  worker JS heap after a full collection, before paging: ${heapBefore.toFixed(1)} MB`);
  passes.forEach(({ pages, rows, samples, heap }, pass) =>
    console.log(
      `  paging through all of it, pass ${pass + 1} (${pages} pages of 100, ${rows.toLocaleString()} rows): JS heap after collection ${heap.toFixed(1)} MB | runtime RSS ${samples[0]!.toFixed(0)} MB at start, ${Math.max(...samples).toFixed(0)} MB peak, ${samples.at(-1)!.toFixed(0)} MB at the end`,
    ),
  );
  const exportSamples: number[] = [rssOfListener(port)];
  const started = performance.now();
  const response = await dashboard('/api/conversations/export');
  const reader = response.body!.getReader();
  let bytes = 0;
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (++chunks % 10 === 0) exportSamples.push(rssOfListener(port));
  }
  exportSamples.push(rssOfListener(port));
  const heapAfterExport = await workerHeapMb(BENCH.inspectorPort);
  console.log(
    `  CSV export of the list (streamed, capped at 10,000 rows): ${(bytes / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s; JS heap after collection ${heapAfterExport.toFixed(1)} MB; RSS ${exportSamples[0]!.toFixed(0)} MB at start, ${Math.max(...exportSamples).toFixed(0)} MB peak, ${exportSamples.at(-1)!.toFixed(0)} MB at the end`,
  );
}

/** A realistic transcription delivery (~3 KB, ten turns), signed as ElevenLabs signs. */
function signedTranscription(conversationId: string): { body: string; signature: string } {
  const now = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({
    type: 'post_call_transcription',
    event_timestamp: now,
    data: {
      agent_id: 'agent_bench',
      conversation_id: conversationId,
      status: 'done',
      transcript: Array.from({ length: 10 }, (_, i) => ({
        role: i % 2 ? 'user' : 'agent',
        message: `Turn ${i} of the benchmark call, long enough to look like a real sentence spoken on the phone.`,
        time_in_call_secs: i * 6,
      })),
      metadata: { start_time_unix_secs: now - 70, call_duration_secs: 64, cost: 310, termination_reason: 'end_call tool' },
      analysis: { call_successful: 'success', transcript_summary: 'The caller asked about an order and was answered.', evaluation_criteria_results: {}, data_collection_results: {} },
      has_audio: false,
      has_user_audio: false,
      has_response_audio: false,
    },
  });
  const digest = createHmac('sha256', SIMULATOR_DEFAULT_WEBHOOK_SECRET).update(`${now}.${body}`).digest('hex');
  return { body, signature: `t=${now},v0=${digest}` };
}

/**
 * Runs `count` requests with at most `concurrency` in flight; returns requests per second. A request
 * that errors or gets no answer in 20 s counts as failed and is listed for a retry.
 */
async function throughput(
  count: number,
  concurrency: number,
  send: (i: number, signal: AbortSignal) => Promise<Response>,
): Promise<{ perSecond: number; failures: number; failed: number[] }> {
  let next = 0;
  const failed: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        try {
          const response = await send(i, AbortSignal.timeout(20_000));
          await response.arrayBuffer();
          if (!response.ok) failed.push(i);
        } catch {
          failed.push(i);
        }
      }
    }),
  );
  return { perSecond: count / ((performance.now() - started) / 1000), failures: failed.length, failed };
}

async function webhookBenchmark(origin: string, dashboard: (path: string) => Promise<Response>) {
  const deliver = (prefix: string) => (i: number, signal?: AbortSignal) => {
    const { body, signature } = signedTranscription(`${prefix}_${i}`);
    return fetch(`${origin}/api/webhooks/elevenlabs`, { method: 'POST', headers: { 'content-type': 'application/json', 'elevenlabs-signature': signature }, body, signal });
  };
  const trivial = () => fetch(`${origin}/api/health`);
  const indexed = async () => ((await (await dashboard('/api/webhooks/health')).json()) as { last24h: number }).last24h;
  /** Seconds until the log index (written after the response, with the conversation) counts `expected`. */
  const untilIndexed = async (expected: number, since: number) => {
    while ((await indexed()) < expected) await new Promise((resolve) => setTimeout(resolve, 50));
    return (performance.now() - since) / 1000;
  };
  await throughput(200, 16, deliver('bench_warm'));
  await throughput(200, 16, trivial);
  let total = await untilIndexed(200, performance.now()).then(() => 200);

  console.log('\nWebhook deliveries (verified, logged, indexed, conversation stored), wrangler pages dev with local KV');
  for (const concurrency of [16, 64]) {
    const started = performance.now();
    const hooks = await throughput(1000, concurrency, deliver(`bench_c${concurrency}`));
    total += 1000;
    const storedIn = await untilIndexed(total, started);
    const base = await throughput(1000, concurrency, trivial);
    console.log(
      `  1,000 deliveries, ${String(concurrency).padStart(2)} in flight: answered ${hooks.perSecond.toFixed(0)}/s (${hooks.failures} failed), all stored ${(1000 / storedIn).toFixed(0)}/s | trivial route /api/health ${base.perSecond.toFixed(0)}/s | answered/trivial ${(hooks.perSecond / base.perSecond).toFixed(2)}`,
    );
  }
  const started = performance.now();
  const burst = await throughput(1000, 1000, deliver('bench_burst'));
  // Like ElevenLabs, send again what got no 200 (a refused or unanswered delivery is not stored).
  for (const i of burst.failed) await (await deliver('bench_burst')(i)).arrayBuffer();
  total += 1000;
  const storedIn = await untilIndexed(total, started);
  const checks = await throughput(1000, 50, async (i) => {
    const response = await dashboard(`/api/conversations/bench_burst_${i}`);
    return new Response(null, { status: response.headers.get('x-cache') === 'hit' ? 200 : 404 });
  });
  let logged = 0;
  let cursor: string | null = null;
  do {
    const query: string = `/api/webhooks/deliveries?page_size=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await (await dashboard(query)).json()) as { deliveries: { conversationId: string }[]; nextCursor: string | null };
    logged += page.deliveries.filter((d) => d.conversationId.startsWith('bench_burst_')).length;
    cursor = page.nextCursor;
  } while (cursor);
  console.log(
    `  1,000 deliveries sent at once: answered ${burst.perSecond.toFixed(0)}/s (${burst.failures} got no answer in 20 s and were sent again), all stored ${(1000 / storedIn).toFixed(0)}/s; afterwards ${logged} in the log and ${1000 - checks.failures} conversations readable from KV`,
  );
}

/**
 * A signed audio delivery whose body is exactly `bodyBytes` long: random bytes as base64, the way
 * ElevenLabs sends the call's MP3.
 */
function signedAudio(conversationId: string, bodyBytes: number): { body: string; signature: string; mp3Bytes: number } {
  const now = Math.floor(Date.now() / 1000);
  const envelope = (audio: string) => JSON.stringify({ type: 'post_call_audio', event_timestamp: now, data: { agent_id: 'agent_bench', conversation_id: conversationId, full_audio: audio } });
  const base64Chars = Math.floor((bodyBytes - envelope('').length) / 4) * 4;
  const mp3Bytes = (base64Chars / 4) * 3;
  const audio = randomBytes(mp3Bytes).toString('base64');
  // The rest of the body is JSON whitespace, so the body is the size asked for exactly.
  const body = envelope(audio).replace('{', `{${' '.repeat(bodyBytes - envelope(audio).length)}`);
  const digest = createHmac('sha256', SIMULATOR_DEFAULT_WEBHOOK_SECRET).update(`${now}.${body}`).digest('hex');
  return { body, signature: `t=${now},v0=${digest}`, mp3Bytes };
}

/**
 * Samples the worker's memory until `work` is done and `tailMs` after it (the response goes out
 * before the recording is written to KV).
 */
async function memoryDuring(port: number, inspector: Awaited<ReturnType<typeof openInspector>>, work: Promise<unknown>, tailMs: number) {
  const pid = pidOfListener(port);
  const rss: number[] = [rssOfPid(pid)];
  const heap: HeapSample[] = [];
  const timer = setInterval(() => rss.push(rssOfPid(pid)), 20);
  let finished = false;
  void work.finally(() => (finished = true));
  while (!finished) heap.push(await inspector.afterCollection(20));
  const until = performance.now() + tailMs;
  while (performance.now() < until) heap.push(await inspector.afterCollection(20));
  clearInterval(timer);
  await work;
  // The largest total of one sample: the two parts peak at different moments (bytes, then strings).
  const peak = heap.reduce((max, sample) => (sample.heapMb + sample.buffersMb > max.heapMb + max.buffersMb ? sample : max));
  return {
    heapPeak: peak.heapMb,
    buffersPeak: peak.buffersMb,
    samples: heap.length,
    rssStart: rss[0]!,
    rssPeak: Math.max(...rss),
  };
}

async function webhookMemoryBenchmark(origin: string) {
  const port = Number(new URL(origin).port);
  const inspector = await openInspector(BENCH.inspectorPort);
  try {
    const send = async (conversationId: string) => {
      const { body, signature } = signedAudio(conversationId, MAX_WEBHOOK_BYTES);
      const response = await fetch(`${origin}/api/webhooks/elevenlabs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'elevenlabs-signature': signature, 'content-length': String(body.length) },
        body,
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`audio delivery refused: ${response.status} ${text}`);
    };
    const mp3Mb = signedAudio('bench_probe', MAX_WEBHOOK_BYTES).mp3Bytes / 1024 / 1024;
    const mb = (value: number) => `${value.toFixed(1)} MB`;
    console.log(`\nWebhook memory: the largest accepted delivery (a ${mb(MAX_WEBHOOK_BYTES / 1024 / 1024)} body, the cap: ${mb(mp3Mb)} of MP3 as base64)`);
    await send('bench_memory_warm');
    const held = await inspector.afterCollection(500);
    // Seen in this runtime: what a finished delivery used stays until the next request arrives.
    await (await fetch(`${origin}/api/health`)).arrayBuffer();
    const idle = await inspector.afterCollection(500);
    const total = (sample: HeapSample) => mb(sample.heapMb + sample.buffersMb);
    console.log(`  after a warm-up delivery: JS heap after collection + array buffers ${total(held)}; after one more (trivial) request ${total(idle)}; runtime RSS ${mb(rssOfListener(port))}`);
    for (const count of [1, 3]) {
      const started = performance.now();
      const work = Promise.all(Array.from({ length: count }, (_, i) => send(`bench_memory_${count}_${i}`)));
      const answeredAt = work.then(() => performance.now());
      const seen = await memoryDuring(port, inspector, work, 3000);
      console.log(
        `  ${count === 1 ? 'alone     ' : `${count} at once `}: answered in ${(((await answeredAt) - started) / 1000).toFixed(1)} s; at the peak, JS heap after collection ${mb(seen.heapPeak)} + array buffers ${mb(seen.buffersPeak)} = ${mb(seen.heapPeak + seen.buffersPeak)} (largest of ${seen.samples} samples; a Workers isolate may use 128 MB) | runtime RSS ${mb(seen.rssStart)} at start, ${mb(seen.rssPeak)} peak`,
      );
    }
  } finally {
    inspector.close();
  }
}

const FIRST_ROW_RUNS = 10;

/**
 * Cold time to first row: navigation start to the first list row (or the detail's first transcript
 * turn) rendered, each run in a fresh browser context (empty HTTP cache), signed in by cookie. Timed in
 * the page: a script installed before the document's own checks every frame whether the element is
 * there and laid out, and reads performance.now(), which counts from navigation start.
 */
async function firstRowBenchmark(origin: string, detailId: string) {
  const browser = await launchChromium();
  try {
    const signIn = await browser.newContext();
    await signInPage(await signIn.newPage(), origin, BENCH.admin);
    const storageState = await signIn.storageState();
    await signIn.close();

    const timeTo = async (path: string, selector: string) => {
      const runs: { row: number; html: number; paint: number }[] = [];
      // One unmeasured load: the worker compiles each route on its first request.
      for (let run = 0; run <= FIRST_ROW_RUNS; run++) {
        const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 800 } });
        // A string, not a function: the TypeScript loader would wrap a function in helpers the page lacks.
        await context.addInitScript(`(() => {
          const check = () => {
            const element = document.querySelector(${JSON.stringify(selector)});
            if (element && element.getClientRects().length > 0) window.__firstRow = performance.now();
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        })()`);
        const page = await context.newPage();
        await page.goto(`${origin}${path}`);
        // Polled by an evaluated expression: waitForFunction would compile its predicate with eval, which the CSP refuses.
        const at = Number(await page.evaluate(`new Promise((resolve) => { const wait = () => (window.__firstRow ? resolve(window.__firstRow) : setTimeout(wait, 20)); wait(); })`));
        // Where the time goes: the document's last byte and the first paint, beside the first row.
        const [html, paint] = (await page.evaluate(
          `[performance.getEntriesByType('navigation')[0].responseEnd, performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN]`,
        )) as [number, number];
        if (run > 0) runs.push({ row: at, html, paint });
        await context.close();
      }
      return runs;
    };
    const list = await timeTo('/conversations', '[data-testid="conversation-row"]');
    const detail = await timeTo(`/conversations/${detailId}`, '[data-testid="transcript-turn"]');
    console.log(`\nCold time to first row in Chromium (fresh context each run, ${FIRST_ROW_RUNS} runs, desktop viewport)`);
    for (const [name, runs] of [['list /conversations', list], ['detail /conversations/:id', detail]] as const) {
      const rows = runs.map((run) => run.row);
      console.log(
        `  ${name}: first row p50 ${ms(percentile(rows, 50))} (min ${ms(Math.min(...rows))}, max ${ms(Math.max(...rows))})` +
          ` | HTML received p50 ${ms(percentile(runs.map((run) => run.html), 50))} | first paint p50 ${ms(percentile(runs.map((run) => run.paint), 50))}`,
      );
    }
  } finally {
    await browser.close();
  }
}

async function transcriptBenchmark(origin: string, id: string) {
  await withSignedInPage(origin, BENCH.admin, async (page) => {
    await page.goto(`${origin}/conversations/${id}`);
    await page.locator('[data-testid="transcript-turn"]').nth(999).waitFor({ state: 'attached' });

    // Render: switch away and back to the transcript tab (an inactive tab's panel is unmounted), timed in the page.
    const renders: number[] = [];
    for (let i = 0; i < 15; i++) {
      await page.getByRole('tab', { name: 'Analysis' }).click();
      await page.locator('[data-testid="transcript"]').waitFor({ state: 'detached' });
      // Strings, not functions: the TypeScript loader would wrap functions in helpers the page lacks.
      renders.push(
        await page.evaluate(`new Promise((resolve) => {
          const tab = [...document.querySelectorAll('[role=tab]')].find((el) => el.textContent === 'Transcript');
          const started = performance.now();
          tab.click();
          const check = () => document.querySelectorAll('[data-testid="transcript-turn"]').length === 1000
            ? requestAnimationFrame(() => resolve(performance.now() - started))
            : requestAnimationFrame(check);
          check();
        })`),
      );
    }
    // Highlight-follow: jump to a turn and time until it is marked active and painted.
    const follows: number[] = [];
    for (const index of [10, 250, 500, 750, 990, 120, 640, 880]) {
      follows.push(
        await page.evaluate(`new Promise((resolve) => {
          const turn = document.querySelectorAll('[data-testid="transcript-turn"]')[${index}];
          const started = performance.now();
          turn.querySelector('button').click();
          const check = () => turn.dataset.active === 'true'
            ? requestAnimationFrame(() => resolve(performance.now() - started))
            : requestAnimationFrame(check);
          check();
        })`),
      );
    }
    console.log('\nTranscript of 1,000 turns in Chromium (desktop viewport)');
    console.log(`  render p50 ${ms(percentile(renders, 50))} (max ${ms(Math.max(...renders))}) | jump-and-highlight p50 ${ms(percentile(follows, 50))} (max ${ms(Math.max(...follows))})`);
  }, ['--autoplay-policy=no-user-gesture-required']);
}

const AGENT_OPENS = 20;

/**
 * The agent editor opened from a click in the agents list until its form is interactive (the editor
 * marks itself data-ready once mounted), timed in the page. Each open starts from a freshly loaded
 * list, so no query cache helps; the agent's KV copy was written by a first open beforehand.
 */
async function agentEditorBenchmark(origin: string) {
  await withSignedInPage(origin, BENCH.admin, async (page) => {
    const openList = async () => {
      await page.goto(`${origin}/agents?sort=name`);
      await page.locator('[data-testid="agent-row"] [data-testid="agent-link"]').first().waitFor();
    };
    // The first open stores the agent in KV and warms the worker and the editor's chunks.
    await openList();
    await page.locator('[data-testid="agent-row"] [data-testid="agent-link"]').first().click();
    await page.locator('[data-testid="agent-editor"][data-ready="true"]').waitFor();

    const opens: number[] = [];
    for (let i = 0; i < AGENT_OPENS; i++) {
      await openList();
      // A string, not a function: the TypeScript loader would wrap functions in helpers the page lacks.
      opens.push(
        await page.evaluate(`new Promise((resolve) => {
          const link = document.querySelector('[data-testid="agent-row"] [data-testid="agent-link"]');
          const started = performance.now();
          link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          link.click();
          const check = () => document.querySelector('[data-testid="agent-editor"][data-ready="true"]')
            ? requestAnimationFrame(() => resolve(performance.now() - started))
            : requestAnimationFrame(check);
          check();
        })`),
      );
    }
    console.log(`\nAgent editor opened from a list click until interactive (${AGENT_OPENS} opens, agent in KV, Chromium desktop)`);
    console.log(`  p50 ${ms(percentile(opens, 50))} p95 ${ms(percentile(opens, 95))} (min ${ms(Math.min(...opens))}, max ${ms(Math.max(...opens))})`);
  });
}

/** 10,000 recipients with mixed problems: invalid and national numbers, duplicates, unknown zones, empty variables. */
function batchCsv(rows: number): string {
  const lines = ['phone_number,customer_name,visits,vip,note'];
  for (let i = 0; i < rows; i++) {
    const phone =
      i % 97 === 0 ? '12345' : i % 53 === 0 ? `+1212555${String((i - 1) % 10_000).padStart(4, '0')}` : i % 41 === 0 ? `+551198765${String(i % 10_000).padStart(4, '0')}` : i % 3 === 0 ? `(212) 555-${String(i % 10_000).padStart(4, '0')}` : `+1212555${String(i % 10_000).padStart(4, '0')}`;
    lines.push(`${phone},${i % 71 === 0 ? '' : `Customer ${i}`},${i % 9},${i % 2 === 0},"Note, with a comma ${i}"`);
  }
  return lines.join('\n');
}

async function batchPreflightBenchmark(origin: string) {
  await withSignedInPage(origin, BENCH.admin, async (page) => {
    const csv = Buffer.from(batchCsv(10_000));
    const runs: Array<{ total: number; longest: number; tasks: string[] }> = [];
    for (let run = 0; run < 3; run++) {
      await page.goto(`${origin}/batch-calls/new`);
      await page.getByTestId('agent-select').selectOption({ index: 1 });
      await page.getByTestId('batch-estimate').waitFor();
      // Strings, not functions: the TypeScript loader would wrap functions in helpers the page lacks.
      await page.evaluate(`(() => {
        window.__bench = { longest: 0, started: 0, tasks: [] };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (window.__bench.started && entry.startTime >= window.__bench.started) {
            window.__bench.longest = Math.max(window.__bench.longest, entry.duration);
            window.__bench.tasks.push(Math.round(entry.startTime - window.__bench.started) + '+' + Math.round(entry.duration));
          }
        }).observe({ type: 'longtask', buffered: false });
        document.querySelector('[data-testid="recipients-file"]').addEventListener('change', () => { window.__bench.started = performance.now(); }, { capture: true, once: true });
      })()`);
      await page.getByTestId('recipients-file').setInputFiles({ name: 'recipients.csv', mimeType: 'text/csv', buffer: csv });
      const total = (await page.evaluate(`new Promise((resolve) => {
        const check = () => {
          const summary = document.querySelector('[data-testid="preflight-summary"]');
          const rows = document.querySelectorAll('[data-testid="recipient-row"][data-status]:not([data-status="unknown"])').length;
          summary && / ready/.test(summary.textContent) && rows > 0 ? requestAnimationFrame(() => resolve(performance.now() - window.__bench.started)) : requestAnimationFrame(check);
        };
        check();
      })`)) as number;
      await page.waitForTimeout(200);
      runs.push({ total, longest: (await page.evaluate('window.__bench.longest')) as number, tasks: (await page.evaluate('window.__bench.tasks')) as string[] });
    }
    const summary = await page.getByTestId('preflight-summary').textContent();
    console.log('\nBatch pre-flight: 10,000-row CSV with mixed errors, parsed and checked in a Web Worker (Chromium, desktop)');
    console.log(`  ${summary?.replace(/Remove all/, '').trim()}`);
    console.log(`  time to the result table p50 ${ms(percentile(runs.map((r) => r.total), 50))} (max ${ms(Math.max(...runs.map((r) => r.total)))}) | longest main-thread task ${ms(Math.max(...runs.map((r) => r.longest)))} (0 = none over 50 ms)`);
    console.log(`  main-thread tasks over 50 ms (ms after the file was chosen + duration), last run: ${runs[runs.length - 1]!.tasks.join(', ') || 'none'}`);
  });
}

main().then(
  () => {
    if (missing().length) {
      console.error(`\nbench: finished without these sections: ${missing().join(', ')}`);
      process.exit(1);
    }
  },
  (error: unknown) => {
    console.error(`\nbench: failed during "${step}":`, error);
    process.exit(1);
  },
);
