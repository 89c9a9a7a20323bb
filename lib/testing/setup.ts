// Vitest setup: the platform module (the one caller of getRequestContext) is served by the test
// platform of the current file, which wraps real local KV.
import { vi } from 'vitest';
import { activePlatform } from './platform';

vi.mock('@/lib/platform', () => ({ getPlatform: () => activePlatform() }));
