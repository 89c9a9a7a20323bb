/** mulberry32: a tiny deterministic PRNG, so the same seed always gives the same workspace. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
    /** ElevenLabs-looking ids: a prefix and 28 base-32 characters. */
    id: (prefix: string) => `${prefix}_${Array.from({ length: 28 }, () => '0123456789abcdefghjkmnpqrstvwxyz'[Math.floor(next() * 32)]).join('')}`,
  };
}
export type Random = ReturnType<typeof createRandom>;
