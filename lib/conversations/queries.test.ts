import { describe, expect, it } from 'vitest';
import { filtersToSearchParams } from './queries';

describe('filtersToSearchParams', () => {
  it('leaves out empty values and the default page size, and repeats list values', () => {
    const params = filtersToSearchParams({
      agent: 'agent_1',
      outcome: undefined,
      search: '',
      page_size: 30,
      evaluation: ['booked:success', 'polite:failure'],
      min_duration: 0,
    });
    expect(params.toString()).toBe('agent=agent_1&evaluation=booked%3Asuccess&evaluation=polite%3Afailure&min_duration=0');
  });

  it('keeps a page size other than the default', () => {
    expect(filtersToSearchParams({ page_size: 50 }).toString()).toBe('page_size=50');
  });
});
