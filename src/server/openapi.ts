/**
 * The OpenAPI 3.1 description of the service (GET /openapi.json), built from the library's zod schemas
 * through the same JSON Schema generator as `jsonSchemaFor`, so a request field added to or removed from
 * a schema changes this document too. Result bodies are described by their top-level fields (the results
 * have no zod schema); the service's tests check every endpoint's answers against these descriptions.
 */
import { version } from '../../package.json';
import type { DibaoIssueCode } from '../core/errors.js';
import {
  JSON_SCHEMA_NAMES,
  type JsonSchemaDocument,
  jsonSchemaFor,
  jsonSchemaOf,
} from '../schema/json-schema.js';
import {
  temporaryAssistanceCaseDescriptions,
  temporaryAssistanceCaseSchema,
} from '../schema/temporary-assistance.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** Every `DibaoIssue.code`, for the error schema (a `Record` so a new code fails to compile here). */
const ISSUE_CODES: Record<DibaoIssueCode, true> = {
  required: true,
  invalid_type: true,
  invalid_money: true,
  negative_money: true,
  invalid_number: true,
  invalid_date: true,
  invalid_enum: true,
  unknown_key: true,
  forbidden_key: true,
  out_of_range: true,
  too_few: true,
  too_many: true,
  inconsistent: true,
  unreadable: true,
  too_deep: true,
  cyclic: true,
  precision_exceeded: true,
};

/** A schema without its `$schema` (the document's dialect is JSON Schema 2020-12 already). */
function component(doc: JsonSchemaDocument): Json {
  const { $schema: _dialect, ...rest } = doc;
  return rest;
}

const money = { type: 'string', pattern: '^-?[0-9]+\\.[0-9]{2}$', description: '金额，元，两位小数' };
const stringList = { type: 'array', items: { type: 'string' } };
const object = (required: string[], properties: Json, description: string): Json => ({
  type: 'object',
  required,
  properties,
  description,
});
const trace = {
  type: 'array',
  items: { type: 'object' },
  description: '规则追踪（?trace=true 时给出，否则为空数组）',
};

const RESULTS: Json = {
  Issue: object(
    ['path', 'code', 'message', 'messageEn'],
    {
      path: {
        type: 'string',
        description: '出错字段的 JSON 路径，如 household.members[0].birthDate；"" 指请求体本身',
      },
      code: { type: 'string', enum: Object.keys(ISSUE_CODES) },
      message: { type: 'string', description: '中文说明' },
      messageEn: { type: 'string', description: 'the same in English' },
    },
    '一个字段的一个问题 / one problem with one field',
  ),
  Error: object(
    ['error'],
    {
      error: {
        type: 'object',
        required: ['name', 'message'],
        properties: {
          name: {
            type: 'string',
            description:
              'DibaoInputError（422）、DibaoDataError（404/422）、NotJson（400）、NotFound（404）、MethodNotAllowed（405）、PayloadTooLarge（413）、UnsupportedMediaType（415）、InternalError（500）',
          },
          message: { type: 'string', description: 'English message' },
          messageZh: { type: 'string', description: '中文说明' },
          issues: { type: 'array', items: ref('Issue') },
        },
      },
    },
    '错误 / an error',
  ),
  Assessment: object(
    [
      'class',
      'standardPerMonth',
      'perCapitaIncomePerMonth',
      'members',
      'benefit',
      'missing',
      'warnings',
      'trace',
    ],
    {
      id: { type: 'string' },
      class: { type: 'string', enum: ['dibao', 'lowIncome', 'none', 'undetermined'] },
      standardPerMonth: money,
      perCapitaIncomePerMonth: { anyOf: [money, { type: 'null' }] },
      members: { type: 'array', items: { type: 'object', required: ['class', 'age'] } },
      benefit: {
        anyOf: [
          object(
            ['basePerMonth', 'specialGrantsPerMonth', 'totalPerMonth'],
            {
              basePerMonth: money,
              specialGrantsPerMonth: money,
              totalPerMonth: money,
            },
            '低保金',
          ),
          { type: 'null' },
        ],
      },
      missing: stringList,
      warnings: { type: 'array', items: { type: 'object', required: ['code', 'article', 'message'] } },
      trace,
    },
    '家庭评估结果（assessHousehold，见 docs/api.md）',
  ),
  StandardsResult: object(
    ['year', 'dataYear', 'urban', 'rural', 'violations', 'trace'],
    {
      year: { type: 'integer' },
      dataYear: { type: 'integer' },
      urban: { type: 'object', required: ['floorPerMonth', 'capPerMonth', 'minimumPerMonth'] },
      rural: { type: 'object', required: ['derivedPerMonth', 'minimumPerMonth'] },
      violations: { type: 'array' },
      trace,
    },
    '第4条低保标准测算结果（dibaoStandards）',
  ),
  SupportResult: object(
    [
      'selfCareAbility',
      'basicLivingPerMonth',
      'carePerMonth',
      'totalPerMonth',
      'missing',
      'violations',
      'trace',
    ],
    {
      selfCareAbility: { enum: ['able', 'partiallyLost', 'fullyLost', null] },
      basicLivingPerMonth: money,
      carePerMonth: { anyOf: [money, { type: 'null' }] },
      totalPerMonth: { anyOf: [money, { type: 'null' }] },
      missing: stringList,
      violations: { type: 'array' },
      trace,
    },
    '第12条特困供养标准（specialSupport）',
  ),
  EntitlementsResult: object(
    ['householdClass', 'measures', 'missing', 'warnings', 'trace'],
    {
      householdClass: { type: 'string' },
      measures: {
        type: 'array',
        items: { type: 'object', required: ['measure', 'article', 'status', 'memberIds', 'missing', 'note'] },
      },
      missing: stringList,
      warnings: { type: 'array' },
      trace,
    },
    '第10–21条救助措施清单（entitlements）',
  ),
  TemporaryAssistanceResult: object(
    [
      'status',
      'type',
      'standardPerMonth',
      'capPerEvent',
      'amountPerEvent',
      'approvingLevel',
      'missing',
      'trace',
    ],
    {
      status: { enum: ['eligible', 'notEligible', 'undetermined'] },
      type: { enum: ['emergency', 'expenditure', null] },
      standardPerMonth: money,
      capPerEvent: { anyOf: [money, { type: 'null' }] },
      amountPerEvent: { anyOf: [money, { type: 'null' }] },
      approvingLevel: { enum: ['township', 'county', null] },
      missing: stringList,
      trace,
    },
    '第14条临时救助（temporaryAssistance）',
  ),
  SimulationResult: object(
    ['counts', 'base', 'reform', 'gains', 'losses', 'costChange', 'errors', 'trace'],
    {
      counts: { type: 'object', required: ['households', 'assessed', 'errors'] },
      base: { type: 'object', required: ['totalPerMonth'] },
      reform: { type: 'object', required: ['totalPerMonth'] },
      gains: { type: 'array' },
      losses: { type: 'array' },
      costChange: object(['perMonth', 'perYear'], { perMonth: money, perYear: money }, '资金变化'),
      errors: { type: 'array' },
      trace,
    },
    '政策模拟（simulate）',
  ),
  Explanation: object(
    ['assessment', 'text', 'markdown'],
    {
      assessment: ref('Assessment'),
      text: { type: 'string', description: '核算说明（纯文本，可打印存档）' },
      markdown: { type: 'string', description: '同一说明的 Markdown' },
    },
    '家庭评估结果及其核算说明（explainAssessment）',
  ),
  Regions: object(
    ['regions'],
    {
      regions: {
        type: 'array',
        items: object(
          ['code', 'name', 'kind', 'prefectureCode'],
          {
            code: { type: 'string' },
            name: { type: 'string' },
            kind: { type: 'string' },
            prefectureCode: { type: ['string', 'null'] },
          },
          '数据包中的一个地区',
        ),
      },
    },
    '吉林数据包的全部地区',
  ),
  Parameters: object(
    [
      'region',
      'date',
      'policy',
      'dibaoStandardPerMonth',
      'minimumWage',
      'provincialGuidance',
      'standards',
      'specialSupport',
      'missing',
    ],
    {
      region: { type: 'object', required: ['code', 'name'] },
      date: { type: 'string', format: 'date' },
      policy: { anyOf: [ref('policy'), { type: 'null' }] },
      dibaoStandardPerMonth: {
        type: 'object',
        required: ['urban', 'rural'],
        properties: { urban: { type: ['object', 'null'] }, rural: { type: ['object', 'null'] } },
      },
      minimumWage: { type: ['object', 'null'] },
      provincialGuidance: { type: 'object', required: ['urban', 'rural'] },
      standards: {
        type: ['object', 'null'],
        description: '第4条：该年度由数据包上上年度统计数据测算的低保标准（dibaoStandardsFor）',
      },
      specialSupport: {
        type: 'object',
        required: ['urban', 'rural'],
        description: '第12条：该年度特困供养标准（specialSupportFor，照料护理标准按自理能力分列）',
      },
      missing: { type: 'array', items: { type: 'object', required: ['value', 'supplyAs', 'messageZh'] } },
    },
    '某地某日的数据包取值（各附来源）与 assessHousehold 可用的 policy；缺少的值列于 missing',
  ),
  Health: object(['status', 'version'], { status: { const: 'ok' }, version: { type: 'string' } }, '服务状态'),
};

const REQUESTS: Json = {
  'explain-request': {
    ...object(
      ['household', 'policy'],
      {
        household: ref('household'),
        policy: ref('policy'),
        articleTexts: { type: 'boolean', description: '是否在说明末尾引用所适用条款的原文（默认 true）' },
      },
      '核算说明请求：待评估家庭与当地政策',
    ),
    additionalProperties: false,
  },
  'temporary-assistance-request': {
    ...object(
      ['case', 'policy'],
      { case: ref('temporary-assistance-case'), policy: ref('policy') },
      '临时救助请求：案件 case 与当地政策 policy（含 temporaryAssistance 块）',
    ),
    additionalProperties: false,
  },
  'simulate-request': {
    ...object(
      ['households', 'basePolicy', 'reformPolicy'],
      {
        households: { type: 'array', items: ref('household'), description: '待模拟的家庭' },
        basePolicy: ref('policy'),
        reformPolicy: ref('policy'),
      },
      '政策模拟请求：同一批家庭在现行政策与调整政策下评估',
    ),
    additionalProperties: false,
  },
};

const traceParameter = {
  name: 'trace',
  in: 'query',
  required: false,
  description: '是否返回规则追踪（默认 false）/ include the rule trace',
  schema: { type: 'string', enum: ['true', 'false'] },
};

const errorResponse = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});

const jsonResponse = (schema: Json, description: string): Json => ({
  description,
  content: { 'application/json': { schema } },
});

function post(
  operationId: string,
  summary: string,
  description: string,
  request: string,
  result: string,
): Json {
  return {
    post: {
      operationId,
      summary,
      description,
      parameters: [traceParameter],
      requestBody: { required: true, content: { 'application/json': { schema: ref(request) } } },
      responses: {
        '200': jsonResponse(ref(result), 'OK'),
        '400': errorResponse('请求体不是 JSON / the body is not JSON (or not UTF-8)'),
        '413': errorResponse('请求体超过上限 / the body is larger than the limit'),
        '415': errorResponse('Content-Type 不是 application/json / wrong media type'),
        '422': errorResponse('输入无效，issues 逐项列出字段与原因 / invalid input, one issue per field'),
      },
    },
  };
}

/** The service's OpenAPI 3.1 document (a fresh object on every call). */
export function openApiDocument(): Json {
  const schemas: Json = {};
  for (const name of JSON_SCHEMA_NAMES) schemas[name] = component(jsonSchemaFor(name));
  schemas['temporary-assistance-case'] = component(
    jsonSchemaOf(
      temporaryAssistanceCaseSchema,
      temporaryAssistanceCaseDescriptions,
      'dibao-rules temporary-assistance-case',
    ),
  );
  Object.assign(schemas, REQUESTS, RESULTS);
  return {
    openapi: '3.1.0',
    info: {
      title: 'dibao-rules service',
      version,
      summary: '吉林省城市贫困人口社会救助规则（征求意见稿）计算服务 / the rules as a JSON service',
      description:
        '无状态 JSON 服务：家庭评估、低保标准、特困供养、救助措施、临时救助、核算说明与政策模拟，以及吉林数据包。金额以两位小数的字符串返回。见 docs/service.md。',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      '/assess': post(
        'assess',
        '家庭评估 / assess a household',
        '第5、6、7、9、10、11条：家庭类别（低保、低收入、均不是、待定）与低保金。',
        'assess-request',
        'Assessment',
      ),
      '/standards': post(
        'standards',
        '低保标准测算 / local dibao standards',
        '第4条：由上上年度统计数据测算城市、农村低保标准的区间，并核查拟定标准。',
        'dibao-standards-input',
        'StandardsResult',
      ),
      '/support': post(
        'support',
        '特困供养标准 / extremely-poor support',
        '第12条：基本生活标准与照料护理标准。',
        'special-support-input',
        'SupportResult',
      ),
      '/entitlements': post(
        'entitlements',
        '救助措施清单 / every measure owed',
        '第10–21条：先评估家庭，再列出家庭及成员可享受的全部救助措施。',
        'assess-request',
        'EntitlementsResult',
      ),
      '/temporary-assistance': post(
        'temporaryAssistance',
        '临时救助 / temporary assistance',
        '第14条：救助类型、金额与审批层级。',
        'temporary-assistance-request',
        'TemporaryAssistanceResult',
      ),
      '/explain': post(
        'explain',
        '核算说明 / the assessment explained in Chinese',
        '家庭评估结果，以及逐步写明数字与所依据条款的中文核算说明（纯文本与 Markdown）。',
        'explain-request',
        'Explanation',
      ),
      '/simulate': post(
        'simulate',
        '政策模拟 / what-if study',
        '第4条、第28条、第30条：同一批家庭在两套政策下的分类、金额与增减。',
        'simulate-request',
        'SimulationResult',
      ),
      '/parameters': {
        get: {
          operationId: 'regions',
          summary: '数据包地区 / the regions of the Jilin data pack',
          responses: { '200': jsonResponse(ref('Regions'), 'OK') },
        },
      },
      '/parameters/{region}': {
        get: {
          operationId: 'parameters',
          summary: '某地某日的参数 / the pack for a region on a date',
          description: '当地低保标准、最低工资、省指导标准（各附来源），以及 assessHousehold 可用的 policy。',
          parameters: [
            {
              name: 'region',
              in: 'path',
              required: true,
              description: 'GB/T 2260 六位代码（如 220100 长春市区），长白山保护开发区为 JL-CBS',
              schema: { type: 'string' },
            },
            {
              name: 'date',
              in: 'query',
              required: true,
              description: '日期 YYYY-MM-DD',
              schema: { type: 'string', format: 'date' },
            },
          ],
          responses: {
            '200': jsonResponse(ref('Parameters'), 'OK'),
            '404': errorResponse('数据包中没有该地区 / not a region of the pack'),
            '422': errorResponse('日期无效或缺失 / the date is missing or invalid'),
          },
        },
      },
      '/schemas/{name}.json': {
        get: {
          operationId: 'schema',
          summary: '输入的 JSON Schema / the JSON Schema of an input',
          parameters: [
            {
              name: 'name',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: [...JSON_SCHEMA_NAMES] },
            },
          ],
          responses: {
            '200': jsonResponse({ type: 'object' }, 'JSON Schema draft 2020-12'),
            '404': errorResponse('没有该 Schema / no such schema'),
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: '本文档 / this document',
          responses: { '200': jsonResponse({ type: 'object' }, 'OpenAPI 3.1') },
        },
      },
      '/health': {
        get: {
          operationId: 'health',
          summary: '服务状态 / liveness',
          responses: { '200': jsonResponse(ref('Health'), 'OK') },
        },
      },
    },
    components: { schemas },
  };
}
