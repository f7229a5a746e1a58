/** Types of bench/households.mjs (the seeded household generator of the benchmarks). */
import type { Household } from '../src/schema/household.js';
import type { Policy } from '../src/schema/policy.js';

export function prng(seed: number): () => number;
export const BENCH_POLICY: Policy;
export const BENCH_POLICY_NATIONAL: Policy;
export const BENCH_SEED: number;
export function generateHouseholds(count: number, seed?: number): Household[];
export function eachHousehold(count: number, seed?: number): Generator<Household, void, unknown>;
