/**
 * Test helpers for the service: an in-process server from src/ on 127.0.0.1 (a free port), the built
 * `dibao serve` as a child process, and a plain HTTP request that returns status, headers and body.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Policy } from '../../src/index.js';
import { createDibaoServer, type DibaoServer, type DibaoServerOptions } from '../../src/server/http.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const PAGE = join(ROOT, 'dist', 'caseworker.html');
export const built = existsSync(CLI) && existsSync(PAGE);
export const builtSkipReason = 'dist/cli.js or dist/caseworker.html missing (npm run build)';

export const HOUSEHOLDS = JSON.parse(
  readFileSync(join(ROOT, 'examples', 'households.json'), 'utf8'),
) as Array<Record<string, unknown>>;
export const POLICY = JSON.parse(
  readFileSync(join(ROOT, 'examples', 'policy-changchun.json'), 'utf8'),
) as Policy;

/** A running in-process service and its base URL. */
export interface Running {
  service: DibaoServer;
  port: number;
  base: string;
  close(): Promise<void>;
}

export async function startService(options: DibaoServerOptions = {}): Promise<Running> {
  const service = createDibaoServer(options);
  await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
  const { port } = service.server.address() as AddressInfo;
  return { service, port, base: `http://127.0.0.1:${port}`, close: () => service.shutdown(1000) };
}

/** A response read whole. */
export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: unknown;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One HTTP request to 127.0.0.1:`port`. `body` is sent as is (a string or bytes). */
export function send(
  port: number,
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** POST a JSON value. */
export const post = (port: number, path: string, value: unknown) =>
  send(port, 'POST', path, JSON.stringify(value));

/** `dibao serve` (the built CLI) as a child process, resolved once it prints its address. */
export async function spawnServe(
  args: string[] = [],
): Promise<{ child: ChildProcess; port: number; stderr: () => string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.setEncoding('utf8').on('data', (s: string) => {
    err += s;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dibao serve did not start: ${err}`)), 20_000);
    child.stderr?.on('data', () => {
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dibao serve exited ${code}: ${err}`));
    });
  });
  return { child, port, stderr: () => err };
}
