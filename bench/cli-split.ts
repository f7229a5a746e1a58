/**
 * Where the CLI's time goes, stage by stage, on the same JSON Lines file `dibao assess` reads: the code
 * paths of the CLI itself (jsonl-chunks.ts, process-chunk.ts, the assess batch spec), timed in one thread
 * as cumulative passes — read, cut into chunks, decode and split into lines, `JSON.parse`, the rule
 * (`assessPreparedHousehold`), then serialising + UTF-8 encoding + tallying, then writing the bytes to a
 * file — so that each stage is the difference between two passes. CPU time of the process (its I/O
 * threads included), best of BENCH_PASSES passes after a warm-up. Bundled from src/ by bench/run.mjs;
 * prints one JSON line: microseconds of CPU per household for each stage.
 *
 *   BENCH_CLI_SPLIT_FILE=households.jsonl BENCH_CLI_SPLIT_POLICY=policy.json node cli-split.mjs
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { decodeUtf8, processJsonlText } from '../src/cli/batch/process-chunk.js';
import type { BatchSettings, BatchSpec } from '../src/cli/batch/types.js';
import { batchSpecFor } from '../src/cli/commands/index.js';
import { jsonlChunks, type LineChunk } from '../src/cli/input/jsonl-chunks.js';

const FILE = process.env.BENCH_CLI_SPLIT_FILE as string;
const POLICY = JSON.parse(readFileSync(process.env.BENCH_CLI_SPLIT_POLICY as string, 'utf8')) as unknown;
const PASSES = Number(process.env.BENCH_PASSES ?? 3);
const OUT = `${FILE}.split-out`;

const spec = batchSpecFor('assess') as BatchSpec<unknown>;
const settings: BatchSettings<unknown> = {
  command: 'assess',
  ctx: { trace: false, policy: POLICY, region: null },
  outputFormat: 'jsonl',
  traceColumn: false,
};
const evaluate = spec.evaluator(settings.ctx);
/** The same spec with a trivial serialiser and no tally: what is left is parse + rule + record framing. */
const bare: BatchSpec<unknown> = { ...spec, resultJson: () => '0', tally: () => {} };

async function cpu(pass: () => Promise<number>): Promise<{ ms: number; check: number }> {
  let best = Number.POSITIVE_INFINITY;
  let check = await pass(); // warm-up
  for (let k = 0; k < PASSES; k++) {
    const c0 = process.cpuUsage();
    check += await pass();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return { ms: best, check };
}

async function chunks(): Promise<LineChunk[]> {
  const out: LineChunk[] = [];
  for await (const c of jsonlChunks(createReadStream(FILE, { highWaterMark: 256 * 1024 }))) out.push(c);
  return out;
}

const held = await chunks();
let households = 0;
for (const c of held) {
  const t = decodeUtf8(c.bytes);
  for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) households++;
}

/** Read from disk and cut into chunks of whole lines. */
const read = await cpu(async () => {
  let n = 0;
  for await (const c of jsonlChunks(createReadStream(FILE, { highWaterMark: 256 * 1024 })))
    n += c.bytes.length;
  return n;
});

function lines(onLine: (line: string) => number): number {
  let n = 0;
  for (const c of held) {
    const text = decodeUtf8(c.bytes);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      n += onLine(text.slice(start, nl));
      start = nl + 1;
    }
  }
  return n;
}
const split = await cpu(async () => lines((l) => l.length));
const parse = await cpu(async () => lines((l) => (JSON.parse(l) as { members: unknown[] }).members.length));
const rule = await cpu(async () => {
  let n = 0;
  for (const c of held)
    n += processJsonlText(bare, settings, evaluate, decodeUtf8(c.bytes), c.firstLine).bytes.length;
  return n;
});
/** For comparison: the same output through JSON.stringify, as before the hand serialiser. */
const { resultJson: _ignored, ...viaStringify } = spec;
const stringified = await cpu(async () => {
  let n = 0;
  for (const c of held) {
    n += processJsonlText(viaStringify, settings, evaluate, decodeUtf8(c.bytes), c.firstLine).bytes.length;
  }
  return n;
});
const outputs: Uint8Array[] = [];
const full = await cpu(async () => {
  outputs.length = 0;
  let n = 0;
  for (const c of held) {
    const r = processJsonlText(spec, settings, evaluate, decodeUtf8(c.bytes), c.firstLine);
    outputs.push(r.bytes);
    n += r.bytes.length;
  }
  return n;
});
const write = await cpu(async () => {
  const out = createWriteStream(OUT);
  for (const b of outputs) if (!out.write(b)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return outputs.length;
});
rmSync(OUT, { force: true });

const us = (ms: number) => Number(((ms * 1000) / households).toFixed(2));
const stages = {
  readAndCut: us(read.ms),
  decodeAndSplit: us(split.ms),
  jsonParse: us(parse.ms - split.ms),
  rule: us(rule.ms - parse.ms),
  serialiseEncodeTally: us(full.ms - rule.ms),
  write: us(write.ms),
};
const result = {
  households,
  microsPerHousehold: stages,
  serialiseEncodeTallyViaJsonStringify: us(stringified.ms - rule.ms),
  totalMicros: Number(
    Object.values(stages)
      .reduce((a, b) => a + b, 0)
      .toFixed(2),
  ),
  outputMB: Number((outputs.reduce((a, b) => a + b.length, 0) / 2 ** 20).toFixed(1)),
  checks: [read.check, split.check, parse.check, rule.check, full.check, write.check],
};
writeFileSync(1, `${JSON.stringify(result)}\n`);
