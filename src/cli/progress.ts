/**
 * A progress bar on stderr for long runs: drawn only when stderr is a terminal, not before the run has
 * taken a second, at most ten times a second, and erased at the end so the summary starts clean.
 */
import type { Writable } from 'node:stream';

const BAR_WIDTH = 24;

/** Draws and erases the progress line. */
export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stderr: Writable,
    private readonly now: () => number,
    private readonly totalBytes: number | null,
    private readonly columns: number,
  ) {
    this.started = now();
  }

  /** Reports `records` written and `bytesRead` of the input so far. */
  tick(records: number, bytesRead: number | null): void {
    const t = this.now();
    if (t - this.started < 1000 || t - this.lastDraw < 100) return;
    this.lastDraw = t;
    const secs = ((t - this.started) / 1000).toFixed(1);
    const rate = Math.round(records / ((t - this.started) / 1000));
    let line = `${records.toLocaleString('en-US')} 条 records · ${secs}s · ${rate.toLocaleString('en-US')}/s`;
    if (this.totalBytes !== null && this.totalBytes > 0 && bytesRead !== null) {
      const frac = Math.min(1, bytesRead / this.totalBytes);
      const fill = Math.round(frac * BAR_WIDTH);
      line = `[${'█'.repeat(fill)}${'░'.repeat(BAR_WIDTH - fill)}] ${(frac * 100).toFixed(0).padStart(3)}% ${line}`;
    }
    this.stderr.write(`\r${line.slice(0, Math.max(10, this.columns - 1))}\x1b[K`);
    this.drawn = true;
  }

  /** Erases the bar. */
  done(): void {
    if (this.drawn) this.stderr.write('\r\x1b[K');
    this.drawn = false;
  }
}
