/**
 * `--jobs` is clamped to the machine's cores (`os.availableParallelism()`): each worker thread is a V8
 * heap of its own, and more threads than cores only add memory and switching (`--jobs 999` once started
 * 999 threads, about 10 GB, for five records). A clamp is said in one note on stderr.
 */

/** The number of worker threads to start for `requested`, and the note to print when it was lowered. */
export function clampJobs(requested: number, cores: number): { jobs: number; note: string | null } {
  const max = Math.max(1, cores);
  if (requested <= max) return { jobs: requested, note: null };
  return {
    jobs: max,
    note: `note: --jobs ${requested} is more than the ${max} available core${max === 1 ? '' : 's'}; using ${max} / 线程数超过 CPU 核数，已改为 ${max}`,
  };
}
