/**
 * `dibao serve`: the rules as a stateless JSON service over Node's `http` module. Routes are one table;
 * each POST endpoint reads a JSON body (bounded), runs one function of ./operations.ts and answers 200 with
 * the result. Bad input never gives a 500: 400 the body is not JSON (or not UTF-8), 404 no such path (or
 * region), 405 wrong method, 413 body over the limit, 415 not `application/json`, 422 `DibaoInputError`
 * (and a pack value that is missing) with its issues. 500 is kept for a fault of the service itself.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { version } from '../../package.json';
import { DibaoInputError } from '../core/errors.js';
import { DibaoDataError } from '../data/jilin/data-error.js';
import { isJsonSchemaName, jsonSchemaFor } from '../schema/json-schema.js';
import { openApiDocument } from './openapi.js';
import {
  assessOperation,
  type CallOptions,
  entitlementsOperation,
  explainOperation,
  parametersOperation,
  regionsOperation,
  simulateOperation,
  standardsOperation,
  supportOperation,
  temporaryAssistanceOperation,
} from './operations.js';
import { checkDepth } from './request-fields.js';

/** The default body limit: 1 MiB. */
export const DEFAULT_BODY_LIMIT_BYTES = 1 << 20;

/** Options of {@link createDibaoServer}. */
export interface DibaoServerOptions {
  /** Largest request body accepted, in bytes (default {@link DEFAULT_BODY_LIMIT_BYTES}); larger → 413. */
  bodyLimitBytes?: number;
  /** The caseworker page served at `/` (the built `dist/caseworker.html`); absent → `/` answers 404. */
  pageHtml?: string;
  /** Where faults of the service itself (500) are reported; default `console.error`. */
  logFault?: (error: unknown) => void;
}

/** A POST endpoint: the body (parsed JSON) and the query options → the result. */
export type PostHandler = (body: unknown, options: CallOptions) => unknown;

/** The POST endpoints by path. */
const POSTS = new Map<string, PostHandler>([
  ['/assess', assessOperation],
  ['/standards', standardsOperation],
  ['/support', supportOperation],
  ['/entitlements', entitlementsOperation],
  ['/temporary-assistance', temporaryAssistanceOperation],
  ['/explain', explainOperation],
  ['/simulate', simulateOperation],
]);

/** A reply: status, JSON (or text) body, extra headers. */
interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Already serialised, with its content type (HTML, text). */
  raw?: { type: string; text: string };
}

function httpError(
  status: number,
  name: string,
  message: string,
  messageZh: string,
  headers?: Record<string, string>,
): Reply {
  return {
    status,
    body: { error: { name, message, messageZh, issues: [] } },
    ...(headers ? { headers } : {}),
  };
}

/** The reply for an error a handler threw: input and pack errors are the caller's, anything else ours. */
function errorReply(e: unknown, logFault: (e: unknown) => void): Reply {
  if (e instanceof DibaoInputError) return { status: 422, body: { error: e.toJSON() } };
  if (e instanceof DibaoDataError)
    return { status: e.code === 'unknownRegion' ? 404 : 422, body: { error: e.toJSON() } };
  logFault(e);
  return httpError(500, 'InternalError', 'the service failed; the fault is logged', '服务内部错误，已记录');
}

/** `?trace=true|false` (absent: false); anything else is a 422 naming the parameter. */
function callOptions(query: URLSearchParams): CallOptions {
  const t = query.get('trace');
  if (t === null || t === 'false') return { trace: false };
  if (t === 'true') return { trace: true };
  throw new DibaoInputError([
    {
      path: '?trace',
      code: 'invalid_enum',
      message: `取值无效：${JSON.stringify(t)}，可选值 "true"、"false"`,
      messageEn: `invalid value ${JSON.stringify(t)}; allowed: "true", "false"`,
    },
  ]);
}

/** Whether a Content-Type is JSON in UTF-8: `application/json` or `…+json`, charset absent or utf-8. */
export function isJsonMediaType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type = '', ...params] = header.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json' && !/^application\/[a-z0-9.-]+\+json$/.test(type)) return false;
  for (const p of params) {
    const [k, v] = p.split('=').map((x) => x.trim());
    if (k === 'charset' && v?.replace(/"/g, '') !== 'utf-8') return false;
  }
  return true;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the body up to `limit` bytes; resolves `null` when it is larger (reading stops), `undefined` when
 * the client went away before the end.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve(null);
      } else chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on('close', () => {
      if (!req.complete) resolve(undefined);
    });
    req.on('error', reject);
  });
}

const tooLarge = (limit: number) =>
  httpError(
    413,
    'PayloadTooLarge',
    `the request body is larger than ${limit} bytes`,
    `请求体超过 ${limit} 字节的上限`,
    { connection: 'close' },
  );

/** The service. */
export interface DibaoServer {
  /** The Node server (listen on it). */
  server: Server;
  /**
   * Stops accepting connections, lets every request in flight finish (answered with `Connection: close`),
   * and resolves when the last connection is gone; after `graceMs` the remaining connections are cut.
   */
  shutdown(graceMs?: number): Promise<void>;
}

/** A new service (not yet listening). */
export function createDibaoServer(options: DibaoServerOptions = {}): DibaoServer {
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const logFault = options.logFault ?? ((e: unknown) => console.error(e));
  const openApi = JSON.stringify(openApiDocument());
  // The page calls the service when it carries this mark (the offline file computes in the browser).
  const page = options.pageHtml?.replace(
    '<!--dibao-service-->',
    '<meta name="dibao-service" content="same-origin">',
  );
  let closing = false;

  function send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = {
      'content-type': reply.raw ? reply.raw.type : 'application/json; charset=utf-8',
      ...reply.headers,
    };
    if (closing) headers.connection = 'close';
    const text = reply.raw ? reply.raw.text : JSON.stringify(reply.body);
    // A length, not chunked framing: one small write per answer.
    headers['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(reply.status, headers);
    res.end(text);
  }

  function get(path: string, query: URLSearchParams): Reply | undefined {
    if (path === '/' || path === '/index.html') {
      if (page === undefined)
        return httpError(
          404,
          'NotFound',
          'the caseworker page is not built (npm run build)',
          '工作人员页面未构建',
        );
      return { status: 200, body: null, raw: { type: 'text/html; charset=utf-8', text: page } };
    }
    if (path === '/health') return { status: 200, body: { status: 'ok', version } };
    if (path === '/openapi.json')
      return { status: 200, body: null, raw: { type: 'application/json; charset=utf-8', text: openApi } };
    if (path === '/parameters') return { status: 200, body: regionsOperation() };
    const params = /^\/parameters\/([^/]+)$/.exec(path);
    if (params) {
      const date = query.get('date');
      if (date === null)
        throw new DibaoInputError([
          {
            path: '?date',
            code: 'required',
            message: '缺少查询参数 date（YYYY-MM-DD）',
            messageEn: 'the query parameter date (YYYY-MM-DD) is required',
          },
        ]);
      let region: string;
      try {
        region = decodeURIComponent(params[1] as string);
      } catch {
        return undefined; // a malformed %-escape names no region: 404
      }
      return { status: 200, body: parametersOperation(region, date) };
    }
    const schema = /^\/schemas\/([a-z-]+)\.json$/.exec(path);
    if (schema && isJsonSchemaName(schema[1] as string))
      return { status: 200, body: jsonSchemaFor(schema[1] as Parameters<typeof jsonSchemaFor>[0]) };
    return undefined;
  }

  const isGetPath = (path: string) =>
    path === '/' ||
    path === '/index.html' ||
    path === '/health' ||
    path === '/openapi.json' ||
    path === '/parameters' ||
    /^\/parameters\/[^/]+$/.test(path) ||
    /^\/schemas\/[a-z-]+\.json$/.test(path);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The request target is a path and an optional query (Node refuses other forms before this point).
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const path = q < 0 ? target : target.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : target.slice(q + 1));
    const method = req.method ?? 'GET';
    const handler = POSTS.get(path);
    if (handler) {
      if (method !== 'POST')
        return send(
          res,
          httpError(405, 'MethodNotAllowed', `use POST ${path}`, `请用 POST ${path}`, { allow: 'POST' }),
        );
      if (!isJsonMediaType(req.headers['content-type']))
        return send(
          res,
          httpError(
            415,
            'UnsupportedMediaType',
            'the body must be Content-Type: application/json (UTF-8)',
            '请求体须为 application/json（UTF-8）',
          ),
        );
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > limit) return send(res, tooLarge(limit));
      const bytes = await readBody(req, limit);
      if (bytes === undefined) return void res.destroy();
      if (bytes === null) return send(res, tooLarge(limit));
      let body: unknown;
      try {
        body = JSON.parse(UTF8.decode(bytes));
      } catch (e) {
        const why = e instanceof SyntaxError ? e.message : 'not UTF-8';
        return send(
          res,
          httpError(400, 'NotJson', `the body is not JSON: ${why}`, `请求体不是合法的 JSON（UTF-8）：${why}`),
        );
      }
      try {
        checkDepth(body);
        return send(res, { status: 200, body: handler(body, callOptions(query)) });
      } catch (e) {
        return send(res, errorReply(e, logFault));
      }
    }
    if (isGetPath(path)) {
      if (method !== 'GET' && method !== 'HEAD')
        return send(
          res,
          httpError(405, 'MethodNotAllowed', `use GET ${path}`, `请用 GET ${path}`, { allow: 'GET, HEAD' }),
        );
      try {
        const reply = get(path, query);
        if (reply) return send(res, reply);
      } catch (e) {
        return send(res, errorReply(e, logFault));
      }
    }
    return send(
      res,
      httpError(404, 'NotFound', `no such endpoint: ${method} ${path}`, `没有这个接口：${method} ${path}`),
    );
  }

  const server = createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((e: unknown) => {
      // Only a broken connection gets here (the handlers catch everything else).
      logFault(e);
      if (!res.headersSent) send(res, errorReply(e, logFault));
      else res.destroy();
    });
  });
  // Keep-alive sockets idle a little longer than common client pools expect.
  server.keepAliveTimeout = 65_000;

  return {
    server,
    shutdown(graceMs = 10_000) {
      closing = true;
      return new Promise((resolve) => {
        const cut = setTimeout(() => server.closeAllConnections(), graceMs);
        cut.unref();
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
        // A keep-alive connection whose request finishes after this is closed by its `Connection: close`.
      });
    },
  };
}
