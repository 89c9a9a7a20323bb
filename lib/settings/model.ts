// Settings: types, constants and pure functions, shared by the browser and the server (no zod).
import type { AuditEntry } from '@/lib/audit/model';

/** Where each API region is served; the operator's ELEVENLABS_BASE_URL override wins over all. */
export const API_REGIONS = {
  default: { label: 'Default (api.elevenlabs.io)', host: 'https://api.elevenlabs.io' },
  us: { label: 'United States (api.us.elevenlabs.io)', host: 'https://api.us.elevenlabs.io' },
  eu: { label: 'EU data residency', host: 'https://api.eu.residency.elevenlabs.io' },
  in: { label: 'India data residency', host: 'https://api.in.residency.elevenlabs.io' },
  sg: { label: 'Singapore data residency', host: 'https://api.sg.residency.elevenlabs.io' },
} as const;
export type ApiRegionName = keyof typeof API_REGIONS;
export const API_REGION_NAMES = Object.keys(API_REGIONS) as [ApiRegionName, ...ApiRegionName[]];

// The optional source-IP allowlist for incoming webhooks. ElevenLabs publishes static egress IPs
// (https://elevenlabs.io/docs/agents-platform/workflows/post-call-webhooks, "IP whitelisting").
export const ELEVENLABS_EGRESS_IPS: { region: string; ips: string[] }[] = [
  { region: 'US', ips: ['34.67.146.145', '34.59.11.47'] },
  { region: 'EU', ips: ['35.204.38.71', '34.147.113.54'] },
  { region: 'Asia', ips: ['35.185.187.110', '35.247.157.189'] },
  { region: 'EU residency', ips: ['34.77.234.246', '34.140.184.144'] },
  { region: 'India residency', ips: ['34.93.26.174', '34.93.252.69'] },
  { region: 'Singapore residency', ips: ['34.87.23.17', '34.126.179.103'] },
];

export const DEFAULT_ALLOWED_IPS = ELEVENLABS_EGRESS_IPS.flatMap((region) => region.ips);

export const MAX_ALLOWED_IPS = 100;

export interface IpAllowlist {
  enabled: boolean;
  ips: string[];
}

/** Off by default: a self-hosted proxy in front of the dashboard would otherwise lock deliveries out. */
export const DEFAULT_IP_ALLOWLIST: IpAllowlist = { enabled: false, ips: DEFAULT_ALLOWED_IPS };

/** Lower-case, and IPv4-mapped IPv6 (`::ffff:1.2.3.4`) as the IPv4 it carries. */
export function normaliseIp(ip: string): string {
  const lower = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  return mapped ? mapped[1]! : lower;
}

/** Whether a delivery from `clientIp` may pass. An unknown client IP never passes an enabled list. */
export function isIpAllowed(allowlist: IpAllowlist, clientIp: string | null): boolean {
  if (!allowlist.enabled) return true;
  if (!clientIp) return false;
  const ip = normaliseIp(clientIp);
  return allowlist.ips.some((allowed) => normaliseIp(allowed) === ip);
}

// The ElevenLabs plan, for batch estimates: concurrency per plan from
// https://elevenlabs.io/docs/agents-platform/overview (Free 4, Starter 6, Creator 10, Pro 20, Scale 30,
// Business 30); the per-minute rate where the pricing page states it (Business $0.08, 13,750 minutes
// included). The account names its plan in GET /v1/user/subscription (`tier`) when the key may read it;
// otherwise, or to state the rate the account actually pays, it is saved here.
export const PLANS = ['free', 'starter', 'creator', 'pro', 'scale', 'business'] as const;
export type Plan = (typeof PLANS)[number];

export interface PlanInfo {
  label: string;
  concurrency: number;
  /** USD per call minute where the pricing page states it; null where it is not known here. */
  ratePerMinute: number | null;
  includedMinutes: number | null;
}

export const PLAN_INFO: Record<Plan, PlanInfo> = {
  free: { label: 'Free', concurrency: 4, ratePerMinute: null, includedMinutes: null },
  starter: { label: 'Starter', concurrency: 6, ratePerMinute: null, includedMinutes: null },
  creator: { label: 'Creator', concurrency: 10, ratePerMinute: null, includedMinutes: null },
  pro: { label: 'Pro', concurrency: 20, ratePerMinute: null, includedMinutes: null },
  scale: { label: 'Scale', concurrency: 30, ratePerMinute: null, includedMinutes: null },
  business: { label: 'Business', concurrency: 30, ratePerMinute: 0.08, includedMinutes: 13_750 },
};

/** The plan named by the account's `tier` (e.g. "pro", "creator_annual"); null for one not in the table. */
export function planFromTier(tier: string | null | undefined): Plan | null {
  const text = (tier ?? '').toLowerCase();
  return PLANS.find((plan) => text === plan || text.startsWith(`${plan}_`) || text.startsWith(`${plan} `)) ?? null;
}

/** The plan and rate saved in Settings; each null when not set (the account's own word is used). */
export interface BillingPlan {
  plan: Plan | null;
  /** USD per call minute, when it differs from the plan's published rate or that is not known. */
  ratePerMinute: number | null;
}
export type BillingPlanInput = BillingPlan;
export const NO_BILLING_PLAN: BillingPlan = { plan: null, ratePerMinute: null };
/** A rate above this is a typo (dollars for cents), not a price. */
export const MAX_RATE_PER_MINUTE = 10;

export interface ApiKeyInput {
  apiKey: string;
}
export interface WebhookSecretInput {
  secret: string;
}
export interface RegionInput {
  region: ApiRegionName;
}
export type IpAllowlistInput = IpAllowlist;

/** What GET /api/settings returns: state and hints, never a secret. */
export interface SecretState {
  configured: boolean;
  hint: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface SettingsView {
  apiKey: SecretState;
  webhookSecret: SecretState & { previousValidUntil: string | null };
  region: ApiRegionName;
  /** The URL requests go to: the region's host, or the operator's override (the simulator in demo and tests). */
  apiBaseUrl: string;
  baseUrlOverridden: boolean;
  webhookUrl: string;
  webhookIpAllowlist: IpAllowlist & { published: { region: string; ips: string[] }[] };
  billingPlan: BillingPlan;
  audit: AuditEntry[];
}

export interface ConnectionTestResult {
  status: 'valid' | 'invalid' | 'unreachable';
  message: string;
  tier?: string;
}

/** A random webhook secret in ElevenLabs' own format (`wsec_` + 64 hex), made in the browser. */
export function generateWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `wsec_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
