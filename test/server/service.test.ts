/**
 * The service in process (src/server on 127.0.0.1): every endpoint with the worked fixtures (hand-derived
 * `expected`, the same files the library's fixture runner reads) posted as request bodies, every answer
 * checked against its OpenAPI response schema, every error status, the body limit, and concurrent requests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessHousehold, explainAssessment } from '../../src/index.js';
import { openApiDocument } from '../../src/server/openapi.js';
import { HOUSEHOLDS, POLICY, post, type Reply, ROOT, type Running, send, startService } from './helpers.js';

const LIMIT = 64 * 1024;
let svc: Running;
beforeAll(async () => {
  svc = await startService({
    bodyLimitBytes: LIMIT,
    pageHtml: '<!doctype html><!--dibao-service--><p>page</p>',
  });
});
afterAll(() => svc.close());

// Every answer is checked against the response schema the OpenAPI document gives for it.
const doc = openApiDocument() as {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: unknown;
};
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({
  $id: 'https://dibao-rules.invalid/openapi.json',
  components: doc.components,
});
function schemaOf(path: string, method: string, status: number): object {
  const responses = doc.paths[path]?.[method]?.responses;
  const r = (responses?.[String(status)] ?? responses?.default) as
    | { content: { 'application/json': { schema: { $ref?: string } } } }
    | undefined;
  if (!r) throw new Error(`the OpenAPI document has no ${status} for ${method.toUpperCase()} ${path}`);
  const s = r.content['application/json'].schema;
  return s.$ref ? { $ref: `https://dibao-rules.invalid/openapi.json${s.$ref}` } : s;
}
function conforms(reply: Reply, path: string, method: string): void {
  const validate = ajv.compile(schemaOf(path, method, reply.status));
  expect(validate(reply.json), JSON.stringify(validate.errors)).toBe(true);
}

interface Fixture {
  name: string;
  input: unknown;
  expected?: object;
  expectedError?: { issues: Array<{ path: string; code: string }> };
}
const fixtures = (folder: string): Array<[string, Fixture]> =>
  readdirSync(join(ROOT, 'fixtures', folder))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(ROOT, 'fixtures', folder, f), 'utf8')) as Fixture]);

const ENDPOINTS: Array<[string, string]> = [
  ['/assess', 'assess-household'],
  ['/standards', 'dibao-standard'],
  ['/support', 'special-support'],
  ['/entitlements', 'entitlements'],
  ['/temporary-assistance', 'temporary-assistance'],
  ['/simulate', 'simulate'],
];

describe('POST endpoints answer the worked fixtures', () => {
  for (const [path, folder] of ENDPOINTS) {
    it(`${path}: every fixtures/${folder} case`, async () => {
      for (const [file, fx] of fixtures(folder)) {
        const r = await post(svc.port, `${path}?trace=true`, fx.input);
        conforms(r, path, 'post');
        if (fx.expectedError) {
          expect(r.status, file).toBe(422);
          const issues = (r.json as { error: { issues: Array<{ path: string; code: string }> } }).error
            .issues;
          for (const want of fx.expectedError.issues)
            expect(
              issues.some(
                (i) => i.code === want.code && (i.path === want.path || i.path.endsWith(`.${want.path}`)),
              ),
              `${file}: ${JSON.stringify(want)} in ${JSON.stringify(issues)}`,
            ).toBe(true);
        } else {
          expect(r.status, `${file}: ${r.text.slice(0, 300)}`).toBe(200);
          expect(r.json, file).toMatchObject(fx.expected as object);
        }
      }
    });
  }

  it('/assess without ?trace leaves the trace out; the rest is the library call unchanged', async () => {
    for (const household of HOUSEHOLDS) {
      const r = await post(svc.port, '/assess', { household, policy: POLICY });
      expect(r.status).toBe(200);
      expect(r.json).toEqual(
        JSON.parse(JSON.stringify(assessHousehold(household as never, POLICY, { trace: false }))),
      );
    }
  });

  it('/explain gives the assessment and the 核算说明 of explainAssessment', async () => {
    const household = HOUSEHOLDS[0];
    const r = await post(svc.port, '/explain', { household, policy: POLICY });
    conforms(r, '/explain', 'post');
    expect(r.status).toBe(200);
    const body = r.json as {
      assessment: { class: string; trace: unknown[] };
      text: string;
      markdown: string;
    };
    const direct = explainAssessment(household as never, POLICY);
    expect(body.text).toBe(direct.text);
    expect(body.markdown).toBe(direct.markdown);
    expect(body.assessment.class).toBe('dibao');
    expect(body.assessment.trace).toEqual([]);
    const traced = await post(svc.port, '/explain?trace=true', {
      household,
      policy: POLICY,
      articleTexts: false,
    });
    const t = traced.json as { assessment: { trace: unknown[] }; text: string };
    expect(t.assessment.trace.length).toBeGreaterThan(0);
    expect(t.text).toBe(
      explainAssessment(household as never, POLICY, undefined, { articleTexts: false }).text,
    );
    const bad = await post(svc.port, '/explain', { household, policy: POLICY, articleTexts: 'yes' });
    expect(bad.status).toBe(422);
    expect((bad.json as { error: { issues: unknown[] } }).error.issues).toEqual([
      expect.objectContaining({ path: 'articleTexts', code: 'invalid_type' }),
    ]);
  });
});

describe('GET endpoints', () => {
  it('/health, /openapi.json, /schemas/<name>.json, / (the page, marked to call the service)', async () => {
    const health = await send(svc.port, 'GET', '/health');
    conforms(health, '/health', 'get');
    expect(health.json).toMatchObject({ status: 'ok' });
    const api = await send(svc.port, 'GET', '/openapi.json');
    expect(api.json).toEqual(openApiDocument());
    const schema = await send(svc.port, 'GET', '/schemas/household.json');
    expect(schema.status).toBe(200);
    expect((schema.json as { title: string }).title).toBe('dibao-rules household');
    const page = await send(svc.port, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<meta name="dibao-service"');
    const head = await send(svc.port, 'HEAD', '/health');
    expect(head).toMatchObject({ status: 200, text: '' });
  });

  it('/parameters lists the regions; /parameters/<region>?date= gives the pack with its sources', async () => {
    const list = await send(svc.port, 'GET', '/parameters');
    conforms(list, '/parameters', 'get');
    expect((list.json as { regions: Array<{ code: string }> }).regions.map((r) => r.code)).toContain(
      '220100',
    );
    // The 2018 approved table: 长春市区 urban 620 元/人·月, rural 4 920 元/年 ÷ 12 = 410 元/月.
    const r = await send(svc.port, 'GET', '/parameters/220100?date=2018-09-01');
    conforms(r, '/parameters/{region}', 'get');
    const p = r.json as {
      policy: { dibaoStandardPerMonth: { urban: string; rural: string } };
      dibaoStandardPerMonth: {
        urban: { perMonth: string; ref: { source: string } };
        rural: { perMonth: string };
      };
      minimumWage: { perMonth: string; ref: { source: string } } | null;
    };
    expect(p.policy.dibaoStandardPerMonth).toEqual({ urban: '620', rural: '410' });
    expect(p.dibaoStandardPerMonth.urban.perMonth).toBe('620.00');
    expect(p.dibaoStandardPerMonth.rural.perMonth).toBe('410.00');
    expect(p.dibaoStandardPerMonth.urban.ref.source.length).toBeGreaterThan(0);
    expect(p.minimumWage?.ref.source.length).toBeGreaterThan(0);
    // 第12条 for 2019 from the 2018 figures: basic living ⌈1.3 × 620⌉ = 806; care ⌈0.2 × 1 780⌉ = 356 (partially lost).
    const y2019 = await send(svc.port, 'GET', '/parameters/220100?date=2019-06-01');
    expect(y2019.json).toMatchObject({
      specialSupport: {
        urban: { basicLivingPerMonth: '806.00', carePerMonthByAbility: { partiallyLost: '356.00' } },
      },
    });
    // A district code answers for its unit.
    const district = await send(svc.port, 'GET', '/parameters/220102?date=2018-09-01');
    expect(district.json).toMatchObject({ region: { code: '220100' }, district: { code: '220102' } });
  });

  it('/parameters: a date the pack has no standard for gives policy null and says what to supply', async () => {
    const r = await send(svc.port, 'GET', '/parameters/220100?date=2013-01-01');
    expect(r.status).toBe(200);
    const p = r.json as { policy: unknown; missing: Array<{ value: string; supplyAs: string }> };
    expect(p.policy).toBeNull();
    expect(p.missing).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          value: 'dibaoStandardPerMonth.urban',
          supplyAs: 'overrides.dibaoStandardPerMonth.urban',
        }),
      ]),
    );
  });
});

const issuesOf = (r: Reply) =>
  (r.json as { error: { issues: Array<{ path: string; code: string }> } }).error.issues;
const errorName = (r: Reply) => (r.json as { error: { name: string } }).error.name;

describe('errors: never a 500 for bad input', () => {
  it('400 when the body is not JSON, not UTF-8, or empty', async () => {
    for (const body of ['{"household":', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), '']) {
      const r = await send(svc.port, 'POST', '/assess', body);
      expect(r.status).toBe(400);
      expect(errorName(r)).toBe('NotJson');
      conforms(r, '/assess', 'post');
    }
  });

  it('404 for an unknown path, schema or region; 405 with Allow for a wrong method', async () => {
    for (const path of ['/nope', '/assess/x', '/schemas/nope.json', '/parameters/220100/x']) {
      const r = await send(svc.port, 'GET', path);
      expect(r.status, path).toBe(404);
      expect(errorName(r)).toBe('NotFound');
    }
    const region = await send(svc.port, 'GET', '/parameters/999999?date=2018-09-01');
    expect(region.status).toBe(404);
    expect(region.json).toMatchObject({ error: { name: 'DibaoDataError', code: 'unknownRegion' } });
    const get = await send(svc.port, 'GET', '/assess');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const del = await send(svc.port, 'DELETE', '/health');
    expect(del.status).toBe(405);
    expect(del.headers.allow).toBe('GET, HEAD');
  });

  it('415 unless the body is application/json (or +json) in UTF-8', async () => {
    const body = JSON.stringify({ household: HOUSEHOLDS[0], policy: POLICY });
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
    ]) {
      const r = await send(svc.port, 'POST', '/assess', body, { 'content-type': type });
      expect(r.status, type).toBe(415);
      expect(errorName(r)).toBe('UnsupportedMediaType');
    }
    expect((await send(svc.port, 'POST', '/assess', body, {})).status).toBe(415);
    for (const type of ['application/json; charset=UTF-8', 'application/vnd.dibao+json', 'Application/JSON'])
      expect((await send(svc.port, 'POST', '/assess', body, { 'content-type': type })).status, type).toBe(
        200,
      );
  });

  it('413 over the body limit, whether announced by Content-Length or sent chunked', async () => {
    const big = JSON.stringify({ household: { id: 'x'.repeat(LIMIT) }, policy: POLICY });
    const announced = await send(svc.port, 'POST', '/assess', big);
    expect(announced.status).toBe(413);
    expect(errorName(announced)).toBe('PayloadTooLarge');
    const chunked = await send(svc.port, 'POST', '/assess', big, {
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
    });
    expect(chunked.status).toBe(413);
    // Just under the limit is read (and refused for its content, not its size).
    const frame = Buffer.byteLength(JSON.stringify({ household: { id: '' }, policy: POLICY }));
    const under = JSON.stringify({ household: { id: 'x'.repeat(LIMIT - frame) }, policy: POLICY });
    expect(Buffer.byteLength(under)).toBe(LIMIT);
    expect((await send(svc.port, 'POST', '/assess', under)).status).toBe(422);
  });

  it('422 names each bad field under its part of the body', async () => {
    const h = structuredClone(HOUSEHOLDS[0]) as { members: Array<{ birthDate: string }> };
    (h.members[0] as { birthDate: string }).birthDate = '1980-02-30';
    const r = await post(svc.port, '/assess', { household: h, policy: POLICY });
    expect(r.status).toBe(422);
    conforms(r, '/assess', 'post');
    expect(issuesOf(r)).toEqual([
      expect.objectContaining({ path: 'household.members[0].birthDate', code: 'invalid_date' }),
    ]);
    const policy = await post(svc.port, '/assess', {
      household: HOUSEHOLDS[0],
      policy: { dibaoStandardPerMonth: 620 },
    });
    expect(issuesOf(policy)).toEqual([
      expect.objectContaining({ path: 'policy.dibaoStandardPerMonth', code: 'invalid_type' }),
    ]);
    const envelope = await post(svc.port, '/assess', { household: HOUSEHOLDS[0], polcy: POLICY });
    expect(issuesOf(envelope)).toEqual([
      expect.objectContaining({ path: 'polcy', code: 'unknown_key' }),
      expect.objectContaining({ path: 'policy', code: 'required' }),
    ]);
    for (const body of [[], null, 'text', 3]) {
      const x = await post(svc.port, '/entitlements', body);
      expect(x.status).toBe(422);
      expect(issuesOf(x)).toEqual([expect.objectContaining({ path: '', code: 'invalid_type' })]);
    }
    const proto = await send(svc.port, 'POST', '/assess', '{"household":{},"policy":{},"__proto__":{}}');
    expect(issuesOf(proto)).toEqual([expect.objectContaining({ path: '__proto__', code: 'forbidden_key' })]);
    const ta = await post(svc.port, '/temporary-assistance', { case: { area: 'town' }, policy: POLICY });
    expect(issuesOf(ta)).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'case.area', code: 'invalid_enum' })]),
    );
    const trace = await post(svc.port, '/assess?trace=yes', { household: HOUSEHOLDS[0], policy: POLICY });
    expect(issuesOf(trace)).toEqual([expect.objectContaining({ path: '?trace', code: 'invalid_enum' })]);
    // A body nested deeper than any input is refused before any rule walks it.
    const deep = await send(
      svc.port,
      'POST',
      '/support',
      `{"adl":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
    );
    expect(deep.status).toBe(422);
    expect(issuesOf(deep)).toEqual([
      expect.objectContaining({ path: `adl${'[0]'.repeat(31)}`, code: 'out_of_range' }),
    ]);
    let nested: unknown = 'x';
    for (let i = 0; i < 50; i++) nested = { a: nested };
    const deepObject = await post(svc.port, '/temporary-assistance', {
      case: { area: nested },
      policy: POLICY,
    });
    expect(issuesOf(deepObject)[0]?.code).toBe('out_of_range');
    expect((await send(svc.port, 'GET', '/parameters/%E0%A4%A?date=2018-09-01')).status).toBe(404);
    const date = await send(svc.port, 'GET', '/parameters/220100');
    expect(date.status).toBe(422);
    expect(issuesOf(date)).toEqual([expect.objectContaining({ path: '?date', code: 'required' })]);
    const realDate = await send(svc.port, 'GET', '/parameters/220100?date=2018-02-30');
    expect(realDate.status).toBe(422);
  });

  it('any JSON under any key, posted to any endpoint, is answered 200 or 422 (replayable: DIBAO_SEED)', async () => {
    const seed = Number(process.env.DIBAO_SEED ?? Date.now() % 2 ** 31);
    const paths = [
      '/assess',
      '/standards',
      '/support',
      '/entitlements',
      '/temporary-assistance',
      '/explain',
      '/simulate',
    ];
    const part = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.constant(HOUSEHOLDS[0]),
      fc.constant(POLICY),
      fc.constant([HOUSEHOLDS[1]]),
    );
    const keys = fc.constantFrom(
      'household',
      'policy',
      'case',
      'households',
      'basePolicy',
      'reformPolicy',
      'year',
      'adl',
      'x',
    );
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...paths),
          fc.oneof(fc.dictionary(keys, part), fc.jsonValue()),
          async (path, body) => {
            const r = await post(svc.port, path, body);
            expect(
              [200, 422],
              `${path} ${JSON.stringify(body).slice(0, 200)} → ${r.status} ${r.text.slice(0, 200)}`,
            ).toContain(r.status);
          },
        ),
        { seed, numRuns: 300 },
      );
    } catch (e) {
      console.error(`service fuzz failed; replay with DIBAO_SEED=${seed}`);
      throw e;
    }
  });
});

describe('concurrent requests', () => {
  it('300 requests in flight at once over 64 sockets each get their own answer', async () => {
    const jobs = Array.from({ length: 300 }, (_, i) => {
      const household = { ...(HOUSEHOLDS[i % HOUSEHOLDS.length] as object), id: `H-${i}` };
      return {
        household,
        expected: JSON.parse(JSON.stringify(assessHousehold(household as never, POLICY, { trace: false }))),
      };
    });
    const replies = await Promise.all(
      jobs.map((j) => post(svc.port, '/assess', { household: j.household, policy: POLICY })),
    );
    replies.forEach((r, i) => {
      expect(r.status).toBe(200);
      expect(r.json).toEqual(jobs[i]?.expected);
    });
  });
});
