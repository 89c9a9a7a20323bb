'use client';

import { Globe, Loader2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { NativeSelect } from '@/components/ui/native-select';
import { useAppForm } from '@/components/common/use-app-form';
import { useFormMutation } from '@/components/common/use-form-mutation';
import { regionRules } from '@/lib/settings/form-rules';
import { API_REGIONS } from '@/lib/settings/model';
import type { RegionInput, SettingsView } from '@/lib/settings/model';
import { saveRegionMutation } from '@/lib/settings/mutations';

export function RegionCard({ settings }: { settings: SettingsView }) {
  const form = useAppForm<RegionInput>({ rules: regionRules, values: { region: settings.region } });
  const save = useFormMutation(form, saveRegionMutation());
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Globe className="size-4" aria-hidden /> API region
        </CardTitle>
        <CardDescription>A key works only in the region where it was created.</CardDescription>
      </CardHeader>
      <CardContent>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((values) => save.mutate(values))} className="space-y-3">
            <FormField
              control={form.control}
              name="region"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Region</FormLabel>
                  <div className="sm:w-80">
                    <FormControl>
                      <NativeSelect data-testid="region-select" {...field}>
                        {Object.entries(API_REGIONS).map(([value, { label }]) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </NativeSelect>
                    </FormControl>
                  </div>
                  <FormDescription>
                    Requests go to <code className="font-mono">{settings.apiBaseUrl}</code>
                    {settings.baseUrlOverridden ? ' (set by ELEVENLABS_BASE_URL, which overrides the region)' : ''}.
                  </FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
            <Button type="submit" variant="outline" disabled={save.isPending || !form.formState.isDirty}>
              {save.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
              Save region
            </Button>
          </form>
        </Form>
      </CardContent>
    </Card>
  );
}
