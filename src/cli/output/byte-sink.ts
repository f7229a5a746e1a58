/**
 * A growing UTF-8 byte buffer: the output of one chunk is encoded record by record straight into it, so a
 * chunk's text is never built as one long string (a rope that must be flattened, and becomes two bytes a
 * character as soon as one record holds Chinese) and then encoded again when written. A worker thread
 * hands the buffer to the main thread without copying (it owns its `ArrayBuffer`).
 */
export class ByteSink {
  private buf: Buffer;
  private pos = 0;

  constructor(initialBytes = 1 << 16) {
    // allocUnsafeSlow: never a slice of Node's shared pool, so the ArrayBuffer can be transferred.
    this.buf = Buffer.allocUnsafeSlow(Math.max(4096, initialBytes));
  }

  /** Bytes written so far. */
  get length(): number {
    return this.pos;
  }

  /** Appends `text` as UTF-8 (a lone surrogate becomes U+FFFD, as `Writable.write(string)` would write it). */
  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const need = this.pos + text.length * 3;
    if (need > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < need) size *= 2;
      const next = Buffer.allocUnsafeSlow(size);
      this.buf.copy(next, 0, 0, this.pos);
      this.buf = next;
    }
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }

  /** The bytes written: a view of the internal buffer, whose `ArrayBuffer` it alone uses. */
  bytes(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}
