/**
 * `dibao serve [--port N] [--host H] [--body-limit BYTES]`: the rules as a JSON HTTP service (src/server/),
 * with the caseworker page at `/` when the build has made it (`dist/caseworker.html`, beside this CLI).
 * Runs until SIGTERM or SIGINT, then finishes the requests in flight and exits 0.
 */

import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createDibaoServer, DEFAULT_BODY_LIMIT_BYTES } from '../../server/http.js';
import { UsageError } from '../usage-error.js';
import type { Command } from './command.js';

function whole(
  value: string | boolean | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= min && n <= max))
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} / --${name} 取值无效`);
  return n;
}

/** The page beside the running CLI (`dist/caseworker.html`), or undefined when it is not built. */
async function pageHtml(): Promise<string | undefined> {
  try {
    return await readFile(new URL('./caseworker.html', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

/** The `serve` command. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'JSON HTTP 服务与工作人员页面 / the rules as a JSON HTTP service',
  help: `Usage: dibao serve [--port 8080] [--host 127.0.0.1] [--body-limit 1048576]

无状态 JSON 服务：POST /assess /standards /support /entitlements /temporary-assistance /explain /simulate，
GET /parameters/<地区代码>?date=YYYY-MM-DD（吉林数据包，附来源）、/schemas/<name>.json、/openapi.json、/health；
工作人员页面在 / 。收到 SIGTERM 或 Ctrl-C 后处理完正在进行的请求再退出（退出码 0）。
A stateless JSON service (docs/service.md); the OpenAPI 3.1 document is at /openapi.json.

Options:
  --port <n>            TCP port (default 8080; 0 picks a free port, printed on start)
  --host <address>      address to listen on (default 127.0.0.1, this machine only)
  --body-limit <bytes>  largest request body accepted, larger → 413 (default ${DEFAULT_BODY_LIMIT_BYTES})
  -h, --help            this help`,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'body-limit': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError('takes no file / 不需要文件参数');
    const port = whole(values.port, 'port', 0, 65535, 8080);
    const bodyLimitBytes = whole(values['body-limit'], 'body-limit', 1, 2 ** 31, DEFAULT_BODY_LIMIT_BYTES);
    const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
    const page = await pageHtml();
    const service = createDibaoServer({
      bodyLimitBytes,
      ...(page === undefined ? {} : { pageHtml: page }),
      logFault: (e) =>
        io.stderr.write(`dibao serve: fault: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
    });
    const { server } = service;
    server.listen(port, host);
    try {
      await once(server, 'listening');
    } catch (e) {
      throw new UsageError(`cannot listen on ${host}:${port}: ${(e as Error).message} / 无法监听`);
    }
    const address = server.address();
    const shown =
      typeof address === 'object' && address
        ? `${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
        : String(address);
    io.stderr.write(
      `dibao serve: listening on http://${shown}/ (body limit ${bodyLimitBytes} bytes${page === undefined ? '; caseworker page not built' : ''})\n`,
    );
    const signal = await new Promise<string>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    io.stderr.write(`dibao serve: ${signal}: finishing requests in flight\n`);
    await service.shutdown();
    io.stderr.write('dibao serve: stopped\n');
    return 0;
  },
};
