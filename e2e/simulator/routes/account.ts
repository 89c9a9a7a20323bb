// The account side the dashboard reads: /v1/user, /v1/user/subscription and the live call count.
import { Hono } from 'hono';
import { nowSecs, type SimulatorState } from '../state';

export function accountRoutes(state: SimulatorState): Hono {
  const app = new Hono();
  app.get('/v1/user', (c) =>
    c.json({
      user_id: 'user_sim_0001',
      workspace_id: 'ws_sim_0001',
      subscription: subscription(state),
      is_new_user: false,
      can_use_delayed_payment_methods: false,
      is_onboarding_completed: true,
      is_onboarding_checklist_completed: true,
      first_name: 'Demo',
      is_api_key_hashed: true,
      xi_api_key_preview: `${state.apiKey.slice(0, 3)}…${state.apiKey.slice(-4)}`,
      created_at: 1_700_000_000,
      seat_type: 'workspace_admin',
    }),
  );
  app.get('/v1/user/subscription', (c) => c.json({ ...subscription(state), open_invoices: [], has_open_invoices: false }));
  app.get('/v1/convai/analytics/live-count', (c) =>
    c.json({ count: state.data.conversations.filter((x) => x.status === 'in-progress').length }),
  );
  return app;
}

function subscription(state: SimulatorState) {
  return {
    tier: state.subscriptionTier,
    character_count: 182_400,
    character_limit: 500_000,
    max_credit_limit_extension: 0,
    can_extend_character_limit: true,
    allowed_to_extend_character_limit: true,
    next_character_count_reset_unix: nowSecs(state) + 12 * 86_400,
    voice_slots_used: 3,
    professional_voice_slots_used: 0,
    professional_voice_slots_used_in_workspace: 0,
    voice_limit: 160,
    voice_add_edit_counter: 4,
    professional_voice_limit: 1,
    can_extend_voice_limit: false,
    can_use_instant_voice_cloning: true,
    can_use_professional_voice_cloning: true,
    currency: 'usd',
    current_overage: { amount: '0.00', currency: 'usd' },
    status: 'active',
    billing_period: 'monthly_period',
    character_refresh_period: 'monthly_period',
  };
}
