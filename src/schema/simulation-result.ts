/**
 * The `simulate` result as `renderSimulationHtml` reads it: counts, the two scenario summaries, the changed
 * households and the refused ones. A result that `simulate` returned (or its JSON) passes; anything else is
 * refused by path (a text where a count belongs, a total that is not a decimal), never drawn as "NaN".
 */
import * as z from 'zod/mini';
import { SIGNED_DECIMAL_STRING_PATTERN } from '../core/money.js';

/** A money amount as a result writes it (`"620.00"`, `"-12.50"`). */
const amount = () => z.string().check(z.regex(SIGNED_DECIMAL_STRING_PATTERN), z.maxLength(64));
const count = () => z.number().check(z.int(), z.gte(0));
const text = () => z.string().check(z.maxLength(10_000));
const HOUSEHOLD_CLASSES = ['dibao', 'lowIncome', 'none', 'undetermined'] as const;

const summarySchema = () =>
  z.object({
    households: z.object({ dibao: count(), lowIncome: count(), none: count(), undetermined: count() }),
    members: z.object({
      extremelyPoor: count(),
      dibao: count(),
      lowIncome: count(),
      none: count(),
      undetermined: count(),
    }),
    basePerMonth: amount(),
    specialGrantsPerMonth: amount(),
    totalPerMonth: amount(),
    totalPerYear: amount(),
  });

const changeSchema = () =>
  z.object({
    id: text(),
    index: count(),
    baseClass: z.enum(HOUSEHOLD_CLASSES),
    reformClass: z.enum(HOUSEHOLD_CLASSES),
    baseTotalPerMonth: amount(),
    reformTotalPerMonth: amount(),
    changePerMonth: amount(),
  });

const resultSchema = () =>
  z.object({
    counts: z.object({ households: count(), assessed: count(), errors: count() }),
    base: summarySchema(),
    reform: summarySchema(),
    gains: z.array(changeSchema()),
    losses: z.array(changeSchema()),
    classChangesOnly: z.array(changeSchema()),
    totalGainPerMonth: amount(),
    totalLossPerMonth: amount(),
    costChange: z.object({ perMonth: amount(), perYear: amount() }),
    errors: z.array(
      z.object({
        id: text(),
        index: count(),
        policy: z.enum(['base', 'reform']),
        issues: z.array(z.object({ path: text(), code: text(), message: text(), messageEn: text() })),
      }),
    ),
  });

/**
 * What `renderSimulationHtml` reads of a `SimulationResult`, and its options: built for each call (a rare,
 * slow call), so importing the library builds none of these zod nodes.
 */
export function simulationHtmlSchemas() {
  return {
    result: resultSchema(),
    options: z.optional(z.nullable(z.object({ title: z.optional(text()) }))),
  };
}
