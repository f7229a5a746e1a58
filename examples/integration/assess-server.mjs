#!/usr/bin/env node
/**
 * A JSON boundary for systems in any language: POST /assess with an assess-request document
 * `{ "household": …, "policy": … }` (dist/schemas/assess-request.json) → 200 and the assessment JSON,
 * or 422 and `{ "error": { "name", "message", "issues": [{ path, code, message, messageEn }] } }`.
 * Also GET /schemas/<name>.json. Node built-ins only; stateless, so run as many copies as needed.
 *
 *   node examples/integration/assess-server.mjs [port=8080]
 */
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const MAX_BODY_BYTES = 1 << 20;

/** @param {{ assessHousehold: Function, DibaoInputError: Function, jsonSchemaFor: Function, isJsonSchemaName: Function, assessRequestSchema: unknown }} lib */
export function createAssessServer(lib) {
  const send = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  return createServer((req, res) => {
    const schema = /^\/schemas\/([a-z-]+)\.json$/.exec(req.url ?? '');
    if (req.method === 'GET' && schema && lib.isJsonSchemaName(schema[1]))
      return send(res, 200, lib.jsonSchemaFor(schema[1]));
    if (req.method !== 'POST' || req.url !== '/assess')
      return send(res, 404, { error: { name: 'NotFound', message: 'POST /assess' } });
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      let request;
      try {
        request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(res, 400, { error: { name: 'SyntaxError', message: 'body is not JSON', issues: [] } });
      }
      try {
        const keys = request && typeof request === 'object' ? Object.keys(request) : [];
        const stray = keys.filter((k) => k !== 'household' && k !== 'policy');
        if (stray.length > 0 || !request || typeof request !== 'object' || Array.isArray(request)) {
          const issues = stray.map((k) => ({
            path: k,
            code: 'unknown_key',
            message: `未知字段：${k}`,
            messageEn: `unknown field: ${k}`,
          }));
          return send(res, 422, {
            error: { name: 'DibaoInputError', message: 'expected { household, policy }', issues },
          });
        }
        return send(res, 200, lib.assessHousehold(request.household, request.policy, { trace: false }));
      } catch (e) {
        if (e instanceof lib.DibaoInputError) return send(res, 422, { error: e.toJSON() });
        return send(res, 500, { error: { name: 'Error', message: String(e?.message ?? e), issues: [] } });
      }
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The rules from the root entry, the JSON Schemas from `dibao-rules/schemas`.
  const [rules, schemas] = await Promise.all([
    import('dibao-rules').catch(() => import(new URL('../../dist/index.js', import.meta.url).href)),
    import('dibao-rules/schemas').catch(() => import(new URL('../../dist/schemas.js', import.meta.url).href)),
  ]);
  const lib = { ...rules, ...schemas };
  const port = Number(process.argv[2] ?? 8080);
  createAssessServer(lib).listen(port, () =>
    console.error(`dibao assess service on http://localhost:${port}/assess`),
  );
}
