/**
 * The output could not be written: a full disk (`ENOSPC`), an I/O error, a file too large, or a reader
 * that went away (`EPIPE`: `dibao … | head -1`). Either way the run did not complete, so it must not end
 * with 0 (all records evaluated) or 1 (some record failed, all written): it ends with its own exit code
 * and one line on stderr, never a stack trace.
 */

/** Exit code: the output could not be written (disk full, I/O error). */
export const EXIT_OUTPUT_FAILED = 4;
/** Exit code: the reader of the output closed it early (a broken pipe), as a shell reports SIGPIPE (128 + 13). */
export const EXIT_BROKEN_PIPE = 141;

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: '磁盘已满 / no space left on the device',
  EDQUOT: '超出磁盘配额 / disk quota exceeded',
  EFBIG: '文件过大 / file too large for the file system',
  EIO: '输入输出错误 / I/O error',
  EACCES: '没有写入权限 / permission denied',
  EROFS: '只读文件系统 / read-only file system',
};

/** Writing the output failed; the run stopped there. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  /** The system error code (`ENOSPC`, `EPIPE`, …), or `''`. */
  readonly code: string;
  /** The exit code the run ends with. */
  readonly exitCode: number;

  constructor(target: string, cause: unknown) {
    const code = String((cause as { code?: unknown } | null)?.code ?? '');
    const reason = REASONS[code] ?? (cause instanceof Error ? cause.message : String(cause));
    super(
      code === 'EPIPE'
        ? `the output (${target}) was closed before the run finished; stopped / 输出管道已被关闭，运行中止`
        : `cannot write the output (${target}): ${reason}${code ? ` [${code}]` : ''}; stopped / 输出写入失败，运行中止`,
    );
    this.code = code;
    this.exitCode = code === 'EPIPE' ? EXIT_BROKEN_PIPE : EXIT_OUTPUT_FAILED;
  }
}
