// The first element of every feature's query keys. A change in one feature that makes another's data
// stale invalidates by that feature's root (or a key built from it), so features never import each
// other's query code: lib/query depends on no feature, and no two features depend on each other here.
export const queryRoots = {
  agents: ['agents'],
  batches: ['batches'],
  calls: ['calls'],
  conversations: ['conversations'],
  phoneNumbers: ['phone-numbers'],
  settings: ['settings'],
  webhooks: ['webhooks'],
} as const;

/** The webhook health panel: settings changes (secret, allowlist) show there. */
export const webhookHealthKey = [...queryRoots.webhooks, 'health'] as const;
