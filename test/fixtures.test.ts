/**
 * The worked-fixture runner. Every `fixtures/<concept>/*.json` file is one worked example
 * `{ name, articles, input, expected, derivation }` whose expected values were derived by hand from the
 * article (the derivation lists the steps in Chinese). The runner calls the concept's function and checks
 * that the result contains `expected` (a partial deep match), or, with `expectedError`, that the call throws
 * a DibaoInputError whose issues contain those listed. The household fixtures run a second time on each
 * arithmetic of the one rule source (decimal forced, and integer 分 on what the fast reader reads).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DibaoInputError } from '../src/index.js';
import { ARITHMETIC_RUNNERS, FIXTURE_RUNNERS } from './fixture-runners.js';

interface Fixture {
  name: string;
  articles: string[];
  input: unknown;
  expected?: unknown;
  expectedError?: { issues: Array<{ path: string; code: string }> };
  derivation: string[];
}

const root = join(import.meta.dirname, '..', 'fixtures');
const concepts = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('worked fixtures', () => {
  it('every fixture folder has a runner', () => {
    for (const c of concepts) expect(Object.keys(FIXTURE_RUNNERS), `runner for fixtures/${c}`).toContain(c);
  });

  for (const concept of concepts) {
    const run = FIXTURE_RUNNERS[concept];
    const files = readdirSync(join(root, concept))
      .filter((f) => f.endsWith('.json'))
      .sort();
    describe(concept, () => {
      for (const file of files) {
        const fx = JSON.parse(readFileSync(join(root, concept, file), 'utf8')) as Fixture;
        it(`${file}: ${fx.name} (${fx.articles.join('、')})`, () => {
          expect(fx.derivation.length, 'derivation steps').toBeGreaterThan(0);
          expect(fx.articles.length, 'articles').toBeGreaterThan(0);
          if (!run) throw new Error(`no runner for fixtures/${concept}`);
          if (fx.expectedError) {
            let thrown: unknown;
            try {
              run(fx.input);
            } catch (e) {
              thrown = e;
            }
            expect(thrown).toBeInstanceOf(DibaoInputError);
            expect((thrown as DibaoInputError).issues).toEqual(
              expect.arrayContaining(fx.expectedError.issues.map((i) => expect.objectContaining(i))),
            );
          } else {
            expect(fx.expected, 'expected').toBeDefined();
            const result = JSON.parse(JSON.stringify(run(fx.input)));
            expect(result).toMatchObject(fx.expected as object);
          }
        });
      }
    });
  }

  // Every valid fixture of both rule versions runs on both arithmetics: the fast reader reads it, the integer
  // arithmetic computes it without declining, and both give the expected values and the same JSON.
  for (const folder of ['assess-household', 'national2021'])
    describe(`${folder} on each arithmetic`, () => {
      const dir = join(root, folder);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort();
      for (const file of files) {
        const fx = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture;
        it(`${file} in decimal and in 分`, () => {
          const fen = ARITHMETIC_RUNNERS.fen(fx.input);
          if (fx.expectedError) {
            expect(fen, 'the fast reader refuses an invalid input').toBeUndefined();
            expect(() => ARITHMETIC_RUNNERS.decimal(fx.input)).toThrow(DibaoInputError);
            return;
          }
          expect(fen, 'the fast reader reads every valid fixture').toBeDefined();
          const decimal = JSON.parse(JSON.stringify(ARITHMETIC_RUNNERS.decimal(fx.input)));
          expect(decimal).toMatchObject(fx.expected as object);
          expect(JSON.parse(JSON.stringify(fen))).toMatchObject(fx.expected as object);
          expect(JSON.stringify(fen)).toBe(JSON.stringify(decimal));
        });
      }
    });
});
