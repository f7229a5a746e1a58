#!/usr/bin/env node
// Combines the JSON reports of Stryker runs made in parts (`STRYKER_PART=<part> npx stryker run --mutate …`,
// see stryker.config.mjs) into one mutation score over src/core and src/rules.
//
// For every source file the report of the LATEST run that mutated it is used (by the report file's
// modification time); a file's figures come from one run only, never summed across runs. A report whose copy
// of the source differs from the file on disk is flagged `stale` — its figures belong to older code.
// Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker computes it;
// ignored (static), compile-error and runtime-error mutants are not counted.
//
// usage: node scripts/mutation-score.mjs [reports/mutation/*.json …] [--json]
// Without report arguments it reads every *.json in reports/mutation/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const args = process.argv.slice(2);
const asJson = args.includes('--json');
let reportPaths = args.filter((a) => !a.startsWith('--'));
if (reportPaths.length === 0) {
  const dir = join(root, 'reports', 'mutation');
  reportPaths = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, f));
}

/** Every .ts file under a folder, as a path relative to the project root with forward slashes. */
function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** True when a source file compiles to no runtime code (types, interfaces only): Stryker has nothing to mutate. */
function typesOnly(file) {
  const js = ts.transpileModule(readFileSync(join(root, file), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true },
  }).outputText;
  return js.replace(/export\s*\{\s*\};?/g, '').trim() === '';
}

const latest = new Map(); // file → { report, mtime, data }
for (const reportPath of reportPaths) {
  const mtime = statSync(reportPath).mtimeMs;
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  for (const [file, data] of Object.entries(report.files)) {
    const key = file.replaceAll('\\', '/');
    const seen = latest.get(key);
    if (seen === undefined || seen.mtime < mtime) {
      latest.set(key, { report: relative(root, reportPath), mtime, data });
    }
  }
}

const rows = [];
const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0 };
const notRun = [];
const noCode = [];
for (const file of [...sourceFiles('src/core'), ...sourceFiles('src/rules')].sort()) {
  const entry = latest.get(file);
  if (entry === undefined) {
    if (typesOnly(file)) noCode.push(file);
    else notRun.push(file);
    continue;
  }
  const c = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, other: 0 };
  for (const m of entry.data.mutants) {
    if (m.status === 'Killed') c.killed++;
    else if (m.status === 'Timeout') c.timeout++;
    else if (m.status === 'Survived') c.survived++;
    else if (m.status === 'NoCoverage') c.noCoverage++;
    else if (m.status === 'Ignored') c.ignored++;
    else c.other++;
  }
  for (const k of Object.keys(total)) total[k] += c[k];
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  const current = readFileSync(join(root, file), 'utf8');
  rows.push({
    file,
    report: entry.report,
    runAt: new Date(entry.mtime).toISOString().slice(0, 16),
    stale: entry.data.source !== current,
    mutants: valid,
    ...c,
    score: valid === 0 ? null : (100 * (c.killed + c.timeout)) / valid,
  });
}
const valid = total.killed + total.timeout + total.survived + total.noCoverage;
const score = valid === 0 ? null : (100 * (total.killed + total.timeout)) / valid;

if (asJson) {
  console.log(
    JSON.stringify({ files: rows, total: { mutants: valid, ...total, score }, notRun, noCode }, null, 2),
  );
} else {
  const pct = (s) => (s === null ? '   —  ' : `${s.toFixed(1).padStart(5)}%`);
  console.log('file'.padEnd(42), 'mutants killed timeout survived nocov  score  run (UTC)         report');
  for (const r of rows) {
    console.log(
      r.file.padEnd(42),
      String(r.mutants).padStart(7),
      String(r.killed).padStart(6),
      String(r.timeout).padStart(7),
      String(r.survived).padStart(8),
      String(r.noCoverage).padStart(5),
      pct(r.score),
      r.runAt,
      r.report + (r.stale ? '  STALE (source changed since this run)' : ''),
    );
  }
  console.log(
    'TOTAL'.padEnd(42),
    String(valid).padStart(7),
    String(total.killed).padStart(6),
    String(total.timeout).padStart(7),
    String(total.survived).padStart(8),
    String(total.noCoverage).padStart(5),
    pct(score),
  );
  if (noCode.length > 0) console.log(`no runtime code (types only, nothing to mutate): ${noCode.join(', ')}`);
  if (notRun.length > 0) console.log(`NOT RUN (not in any report): ${notRun.join(', ')}`);
  const withCode = rows.length + notRun.length;
  console.log(
    `Mutation score: ${score === null ? '—' : score.toFixed(1)}% over ${valid} mutants in ${rows.length} of ${withCode} files with code` +
      (notRun.length > 0 ? ` (${notRun.length} not run)` : ' (all run)') +
      (rows.some((r) => r.stale) ? '; some figures are STALE' : ''),
  );
}
