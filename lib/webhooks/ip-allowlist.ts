// The optional source-IP allowlist for incoming webhooks. ElevenLabs publishes static egress IPs
// (shared reference §8.1); an operator can turn the check on and edit the list in the dashboard.
import { z } from 'zod';

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

export const ipAllowlistSchema = z.object({
  enabled: z.boolean(),
  ips: z
    .array(z.union([z.ipv4(), z.ipv6()], { error: 'must be an IPv4 or IPv6 address' }))
    .max(MAX_ALLOWED_IPS, `at most ${MAX_ALLOWED_IPS} addresses`),
});
export type IpAllowlist = z.infer<typeof ipAllowlistSchema>;

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
