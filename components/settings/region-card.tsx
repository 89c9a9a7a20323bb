'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Globe, Loader2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { API_REGIONS, type ApiRegionName, type RegionInput, type SettingsView } from '@/lib/settings/model';
import { regionInputSchema } from '@/lib/settings/schemas';
import { saveRegionRequest } from '@/lib/settings/queries';
import { useSettingsMutation } from './use-settings-mutation';

export function RegionCard({ settings }: { settings: SettingsView }) {
  const form = useForm<RegionInput>({ resolver: zodResolver(regionInputSchema), values: { region: settings.region } });
  const save = useSettingsMutation(form, saveRegionRequest, 'API region saved');
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
                  <Select value={field.value} onValueChange={(value) => field.onChange(value as ApiRegionName)}>
                    <FormControl>
                      <SelectTrigger className="w-full sm:w-80" data-testid="region-select">
                        <SelectValue />
                      </SelectTrigger>
                    </FormControl>
                    <SelectContent>
                      {Object.entries(API_REGIONS).map(([value, { label }]) => (
                        <SelectItem key={value} value={value}>
                          {label}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
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
