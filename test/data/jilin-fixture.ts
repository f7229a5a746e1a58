/** Runs a `fixtures/jilin/` fixture: `input.call` names the pack function, the other fields its arguments. */
import { dibaoStandardsFor, policyFor, specialSupportFor } from '../../src/data/jilin/index.js';

interface JilinFixtureInput {
  call: 'dibaoStandardsFor' | 'specialSupportFor' | 'policyFor';
  regionCode: string;
  year: number;
  date: string;
  area: 'urban' | 'rural';
  ability: never;
  supplied?: never;
  options?: never;
  overrides?: never;
}

export function runJilinFixture(i: unknown): unknown {
  const x = i as JilinFixtureInput;
  switch (x.call) {
    case 'dibaoStandardsFor':
      return dibaoStandardsFor(x.regionCode, x.year, x.supplied, x.options);
    case 'specialSupportFor':
      return specialSupportFor(x.regionCode, x.year, x.area, x.ability, x.options);
    case 'policyFor':
      return policyFor(x.regionCode, x.date, x.overrides);
    default:
      throw new Error(`fixtures/jilin: unknown call ${String((x as { call: unknown }).call)}`);
  }
}
