// The one query-key factory. Mutations invalidate a feature's root key (`queryKeys.settings.all`).
export const queryKeys = {
  settings: {
    all: ['settings'] as const,
    view: () => [...queryKeys.settings.all, 'view'] as const,
  },
};
