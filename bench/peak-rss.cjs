// Preloaded into the CLI under test (`node --require bench/peak-rss.cjs dist/cli.js …`): on exit, appends the
// process's peak resident set size (getrusage maxrss) and its CPU seconds (user + system), both covering its
// worker threads, as one line `maxRssKB cpuSeconds` to $BENCH_RSS_FILE.
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const file = process.env.BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    appendFileSync(file, `${u.maxRSS} ${(u.userCPUTime + u.systemCPUTime) / 1e6}\n`);
  });
}
