/**
 * A client of the service written from its OpenAPI document alone: the types in ./schema.d.ts are
 * generated from /openapi.json by openapi-typescript, and openapi-fetch checks every path, body and answer
 * against them at compile time. What a TypeScript system calling the service would write.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.js';

/** A typed client of the service at `baseUrl`. */
export function dibaoClient(baseUrl: string) {
  return createClient<paths>({ baseUrl });
}

/** POST /assess; the household class and the monthly 低保金 (`null` when none). */
export async function assessWithClient(
  baseUrl: string,
  household: components['schemas']['household'],
  policy: components['schemas']['policy'],
): Promise<{ class: string; totalPerMonth: string | null }> {
  const { data, error } = await dibaoClient(baseUrl).POST('/assess', {
    params: { query: { trace: 'false' } },
    body: { household, policy },
  });
  if (error)
    throw new Error(
      error.error.issues?.map((i) => `${i.path}: ${i.message}`).join('\n') ?? error.error.message,
    );
  return { class: data.class, totalPerMonth: data.benefit?.totalPerMonth ?? null };
}
