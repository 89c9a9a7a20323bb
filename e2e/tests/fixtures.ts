// Every spec file starts from a known stack: KV empty except what the file asks for with
// `test.use({ startState: { … } })` at its top, and the simulator back to its seed, faults and
// configuration. The reset runs before the file's first test, so a file's tests follow one another
// but never the files run before it. The admin stays signed in through the setup project's storage
// state: sessions are JWTs, which emptying KV does not end.
import { test as base } from '@playwright/test';
import { E2E } from '../kit/constants';
import { openStackKv, readStackSecrets, type StackKv } from '../kit/stack';
import { resetStack, type StartState } from '../kit/stack-reset';
import { SIMULATOR_URL } from './helpers';

interface StackHandle {
  store: StackKv;
  secretsKey: string;
  /** The file the stack was last reset for in this worker, and the state it was given. */
  resetFor: { file: string; state: string } | null;
}

export const test = base.extend<{ startState: StartState; cleanStack: void }, { stackHandle: StackHandle }>({
  startState: [{}, { option: true }],

  // Opened once per worker (about 2 s on a 2-core machine; each reset after that takes tens of ms).
  stackHandle: [
    async ({}, use, workerInfo) => {
      // One KV behind one stack: two workers would empty it under each other's tests.
      if (workerInfo.config.workers !== 1) throw new Error('The end-to-end suites share one stack: run them with one worker.');
      const store = await openStackKv(E2E.stateDir);
      try {
        await use({ store, secretsKey: readStackSecrets(E2E.stateDir).SECRETS_KEY, resetFor: null });
      } finally {
        await store.dispose();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  cleanStack: [
    async ({ startState, stackHandle }, use, testInfo) => {
      const state = JSON.stringify(startState);
      const last = stackHandle.resetFor;
      if (last?.file !== testInfo.file) {
        await resetStack({ kv: stackHandle.store.kv, secretsKey: stackHandle.secretsKey, simulatorUrl: SIMULATOR_URL }, startState);
        stackHandle.resetFor = { file: testInfo.file, state };
      } else if (last.state !== state) {
        throw new Error(`startState is set once per file, at its top: ${testInfo.file} asks for two.`);
      }
      await use();
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
