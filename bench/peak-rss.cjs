// Preloaded into the CLI under test (`node --require bench/peak-rss.cjs dist/cli.js …`): on exit, appends the
// process's peak resident set size (getrusage maxrss, which covers its worker threads) to $BENCH_RSS_FILE.
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const file = process.env.BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
