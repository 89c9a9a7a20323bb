// What the webhooks admin page reads: the delivery log, one delivery, and the receiver's health.
import 'server-only';
import { AppError, validationError } from '@/lib/api/errors';
import { getKv } from '@/lib/kv';
import { webhookUrl } from '@/lib/settings/service';
import { readIpAllowlist, readSecretStates } from '@/lib/settings/store';
import { BadCursorError, listDeliveries, readDelivery, readDeliveryStats } from './log';
import type { DeliveryDetail, DeliveryPage, WebhookHealth } from './model';
import { readRejectionCounts } from './rejections';
import type { DeliveryListQuery } from './schemas';


export async function getDeliveries(query: DeliveryListQuery): Promise<DeliveryPage> {
  try {
    return await listDeliveries(getKv(), { type: query.type, cursor: query.cursor, limit: query.page_size });
  } catch (error) {
    if (error instanceof BadCursorError) throw validationError([{ field: 'cursor', message: error.message }]);
    throw error;
  }
}

export async function getDelivery(id: string): Promise<DeliveryDetail> {
  const delivery = await readDelivery(getKv(), id);
  if (!delivery) throw new AppError('not_found', 'No such delivery (deliveries are kept for a limited time, and deleted with their conversation).');
  return delivery;
}

export async function getWebhookHealth(): Promise<WebhookHealth> {
  const kv = getKv();
  const [{ webhookSecret }, allowlist, stats, tallies] = await Promise.all([
    readSecretStates(kv),
    readIpAllowlist(kv),
    readDeliveryStats(kv),
    readRejectionCounts(kv),
  ]);
  const { duplicate: duplicates24h = 0, ...rejections24h } = tallies;
  return {
    webhookUrl: webhookUrl(),
    secret: {
      configured: webhookSecret.configured,
      hint: webhookSecret.hint,
      updatedAt: webhookSecret.updatedAt,
      previousValidUntil: webhookSecret.previousValidUntil,
    },
    ipAllowlist: { enabled: allowlist.enabled, count: allowlist.ips.length },
    ...stats,
    rejections24h,
    duplicates24h,
  };
}
