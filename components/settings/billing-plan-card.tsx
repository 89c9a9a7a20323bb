'use client';

import { CreditCard, Loader2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { useAppForm } from '@/components/common/use-app-form';
import { useFormMutation } from '@/components/common/use-form-mutation';
import { billingPlanRules, type BillingPlanForm } from '@/lib/settings/form-rules';
import { PLAN_INFO, PLANS, type BillingPlanInput, type Plan, type SettingsView } from '@/lib/settings/model';
import { saveBillingPlanMutation } from '@/lib/settings/mutations';

/** The form's text -> what the route takes: empty means "not set" (the account's plan, the published rate). */
function toInput(values: BillingPlanForm): BillingPlanInput {
  return { plan: (values.plan || null) as Plan | null, ratePerMinute: values.ratePerMinute.trim() ? Number(values.ratePerMinute) : null };
}

/** The plan and rate batch estimates use when the account does not name its plan, or pays another rate. */
export function BillingPlanCard({ settings }: { settings: SettingsView }) {
  const saved = settings.billingPlan;
  const form = useAppForm<BillingPlanForm>({
    rules: billingPlanRules,
    values: { plan: saved.plan ?? '', ratePerMinute: saved.ratePerMinute === null ? '' : String(saved.ratePerMinute) },
  });
  const save = useFormMutation(form, saveBillingPlanMutation());
  return (
    <Card id="plan" className="scroll-mt-20">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <CreditCard className="size-4" aria-hidden /> Plan
        </CardTitle>
        <CardDescription>
          Batch estimates use your plan’s concurrency and per-minute rate. The account’s own plan wins when your key may read it.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((values) => save.mutate(toInput(values)))} className="space-y-3" data-testid="billing-plan-form">
            <div className="grid gap-3 sm:grid-cols-2">
              <FormField
                control={form.control}
                name="plan"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Plan</FormLabel>
                    <FormControl>
                      <NativeSelect data-testid="billing-plan-select" {...field}>
                        <option value="">Not set (from the account)</option>
                        {PLANS.map((plan) => (
                          <option key={plan} value={plan}>
                            {PLAN_INFO[plan].label} · {PLAN_INFO[plan].concurrency} calls at once
                          </option>
                        ))}
                      </NativeSelect>
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="ratePerMinute"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Rate (USD per minute)</FormLabel>
                    <FormControl>
                      <Input inputMode="decimal" placeholder="The plan’s published rate" data-testid="billing-rate-input" {...field} />
                    </FormControl>
                    <FormDescription>Empty uses the published rate (Business: $0.08).</FormDescription>
                    <FormMessage />
                  </FormItem>
                )}
              />
            </div>
            <Button type="submit" variant="outline" disabled={save.isPending || !form.formState.isDirty}>
              {save.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
              Save plan
            </Button>
          </form>
        </Form>
      </CardContent>
    </Card>
  );
}
