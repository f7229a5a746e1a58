/**
 * Every fast-check property runs from one seed per test file, printed when a test fails and replayable:
 *
 *   FC_SEED=1234567 npx vitest run test/property/assess.property.test.ts
 *
 * Without FC_SEED each run draws a new seed (so runs keep exploring); with it, every property of the file
 * replays the same cases. fast-check's own counterexample report (seed, path, shrunk value) is printed too.
 * Registered in vitest.config.ts (`setupFiles`); documented in docs/quality.md and the README.
 */
import fc from 'fast-check';
import { beforeEach } from 'vitest';

function seedFromEnvironment(): number {
  const text = process.env.FC_SEED;
  if (text === undefined || text.trim() === '') return (Date.now() ^ (Math.random() * 0x1_0000_0000)) | 0;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(text)}`);
  return seed | 0;
}

const seed = seedFromEnvironment();
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });

beforeEach((ctx) => {
  ctx.onTestFailed(() => {
    const file = ctx.task.file?.name ?? '';
    console.error(
      `fast-check seed ${seed}; replay: FC_SEED=${seed} npx vitest run ${file} -t ${JSON.stringify(ctx.task.name)}`,
    );
  });
});
