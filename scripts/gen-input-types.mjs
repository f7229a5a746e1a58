#!/usr/bin/env node
/**
 * Writes src/schema/input-types.ts: the public input types (`Household`, `Policy`, …) as plain TypeScript
 * interfaces, printed from `z.input<typeof …Schema>` by the TypeScript checker. The zod schemas stay the one
 * source of every input shape; this file is their printout, so that the published declaration files of the
 * root entry (`dibao-rules`) and of `dibao-rules/jilin` name no zod type. zod's own declaration files do not
 * compile in a CommonJS TypeScript project without `esModuleInterop`; plain interfaces compile anywhere.
 *
 * Run by `npm run build` (before tsup) and by hand with `node scripts/gen-input-types.mjs` after a schema
 * changes. `test/schema/input-types.check.ts` fails the type check while the file differs from the schemas.
 * `--check` prints nothing and exits 1 when the file on disk is not what would be written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'src/schema');
const target = join(schemaDir, 'input-types.ts');

/**
 * `[public name, schema module, schema constant, 'input' | 'output', one-line TSDoc, its node in the published JSON
 * Schemas (`name#/json/pointer`, whose field descriptions become the fields' TSDoc) or null]`, in the order printed.
 * A nested object equal to an earlier or later entry is printed by that entry's name.
 */
export const INPUT_TYPES = [
  [
    'Household',
    'household',
    'householdSchema',
    'input',
    'One household to assess (`assessHousehold`, 第5、6、9、10、11条).',
    'household#',
  ],
  [
    'Member',
    'household',
    'memberSchema',
    'input',
    'A member of the household (共同生活的家庭成员).',
    'household#/properties/members/items',
  ],
  [
    'IncomeEntry',
    'household',
    'incomeEntrySchema',
    'input',
    'One countable income of a member: exactly one of `perMonth` / `perYear`.',
    'household#/properties/members/items/properties/incomes/items',
  ],
  [
    'Policy',
    'policy',
    'policySchema',
    'input',
    'The local policy: standards, property limits, grant rates and options.',
    'policy#',
  ],
  [
    'EntitlementsPolicy',
    'entitlement-facts',
    'entitlementsPolicySchema',
    'input',
    'Local parameters of the 第12–21条 measures (`policy.entitlements`).',
    'policy#/properties/entitlements',
  ],
  [
    'HousingFacts',
    'entitlement-facts',
    'housingSchema',
    'input',
    "A household's housing facts (第18条).",
    'household#/properties/housing',
  ],
  [
    'AssessRequest',
    'assess-request',
    'assessRequestSchema',
    'input',
    'One assess request: `{ household, policy }` (the JSON boundary).',
    'assess-request#',
  ],
  [
    'DibaoStandardsInput',
    'dibao-standards',
    'dibaoStandardsInputSchema',
    'input',
    'The input of `dibaoStandards` (第4条).',
    'dibao-standards-input#',
  ],
  [
    'SpecialSupportInput',
    'special-support',
    'specialSupportInputSchema',
    'input',
    'The input of `specialSupport` (第12条).',
    'special-support-input#',
  ],
  [
    'AdlAssessment',
    'special-support',
    'adlSchema',
    'input',
    'The six ADL items: `true` = does it unaided.',
    'special-support-input#/properties/adl',
  ],
  [
    'SelfCareAbility',
    'special-support',
    'selfCareAbilitySchema',
    'output',
    '具备 / 部分丧失 / 完全丧失生活自理能力.',
    'special-support-input#/properties/selfCareAbility',
  ],
  [
    'ResidencyFacts',
    'residency',
    'residencyFactsSchema',
    'input',
    'The facts `residencyStandardArea` reads (第9条).',
    'residency-facts#',
  ],
  [
    'TemporaryAssistanceCase',
    'temporary-assistance',
    'temporaryAssistanceCaseSchema',
    'input',
    'One 临时救助 case (第14条).',
    null,
  ],
  [
    'HardshipEvent',
    'temporary-assistance',
    'hardshipEventSchema',
    'input',
    'The event behind a 临时救助 case (第14条).',
    'household#/properties/hardshipEvent',
  ],
  [
    'TemporaryAssistanceRules',
    'temporary-assistance',
    'temporaryAssistanceRulesSchema',
    'input',
    'Local 临时救助 parameters (第14条).',
    'policy#/properties/temporaryAssistance',
  ],
];

const virtualPath = join(schemaDir, '__input-types-source.ts');
const virtualText = [
  "import type * as z from 'zod/mini';",
  ...[...new Set(INPUT_TYPES.map(([, m]) => m))].map((m) => {
    const names = INPUT_TYPES.filter(([, mm]) => mm === m).map(([, , s]) => s);
    return `import type { ${[...new Set(names)].join(', ')} } from './${m}.js';`;
  }),
  ...INPUT_TYPES.map(([name, , schema, mode]) => `export type ${name} = z.${mode}<typeof ${schema}>;`),
].join('\n');

function program() {
  const configPath = join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, ...rest) =>
    file === virtualPath ? ts.createSourceFile(file, virtualText, lang) : getSourceFile(file, lang, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === virtualPath || fileExists(file);
  return ts.createProgram([virtualPath], options, host);
}

/**
 * The published JSON Schemas (`jsonSchemaFor`), for the Chinese description of every field: src/schema/json-schema.ts
 * bundled by esbuild (tsup's) in memory and imported.
 */
async function jsonSchemas() {
  const { build } = await import('esbuild');
  const r = await build({
    entryPoints: [join(schemaDir, 'json-schema.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = r.outputFiles[0].text;
  const m = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return (name) => m.jsonSchemaFor(name);
}

function nodeAt(schemaFor, ref) {
  if (ref === null) return undefined;
  const [name, pointer] = ref.split('#');
  let node = schemaFor(name);
  for (const key of pointer.split('/').filter(Boolean)) node = node?.[key];
  if (node === undefined) throw new Error(`no JSON Schema node at ${ref}`);
  return node;
}

const tsdoc = (text, pad) =>
  `${pad}/** ${String(text)
    .replace(/\*\//g, '* /')
    .replace(/\s*\n\s*/g, ' ')} */`;

/** The printed interfaces, formatted as biome would. */
export async function generate() {
  const schemaFor = await jsonSchemas();
  const p = program();
  const errors = ts.getPreEmitDiagnostics(p, p.getSourceFile(virtualPath));
  if (errors.length > 0)
    throw new Error(
      ts.formatDiagnostics(errors, {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => root,
        getNewLine: () => '\n',
      }),
    );
  const checker = p.getTypeChecker();
  const sf = p.getSourceFile(virtualPath);
  const named = new Map();
  for (const st of sf.statements)
    if (ts.isTypeAliasDeclaration(st)) named.set(st.name.text, checker.getTypeAtLocation(st.name));

  const fmt = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
  const isObject = (t) =>
    (t.flags & ts.TypeFlags.Object) !== 0 && !checker.isArrayType(t) && !checker.isTupleType(t);
  const sameKeys = (a, b) => {
    const ka = checker
      .getPropertiesOfType(a)
      .map((s) => s.name)
      .sort()
      .join();
    return (
      ka ===
      checker
        .getPropertiesOfType(b)
        .map((s) => s.name)
        .sort()
        .join()
    );
  };
  const nameOf = (t, self) => {
    for (const [name, n] of named) {
      if (name === self) continue;
      if (n === t) return name;
      if (
        isObject(t) &&
        isObject(n) &&
        sameKeys(t, n) &&
        checker.isTypeAssignableTo(t, n) &&
        checker.isTypeAssignableTo(n, t)
      )
        return name;
    }
    return undefined;
  };
  const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

  function print(t, self, indent, node) {
    const named = nameOf(t, self);
    if (named) return named;
    if (t.isUnion()) {
      const parts = [];
      const hasTrue = t.types.some(
        (x) => x.flags & ts.TypeFlags.BooleanLiteral && checker.typeToString(x) === 'true',
      );
      const hasFalse = t.types.some(
        (x) => x.flags & ts.TypeFlags.BooleanLiteral && checker.typeToString(x) === 'false',
      );
      for (const x of t.types) {
        if (hasTrue && hasFalse && x.flags & ts.TypeFlags.BooleanLiteral) {
          if (!parts.includes('boolean')) parts.push('boolean');
          continue;
        }
        parts.push(print(x, self, indent, node));
      }
      // Numbers in order, `undefined` last, as one writes them.
      const numbers = parts.filter((s) => /^-?\d+(\.\d+)?$/.test(s)).sort((x, y) => Number(x) - Number(y));
      const rest = parts.filter((s) => s !== 'undefined' && !numbers.includes(s));
      const undef = parts.filter((s) => s === 'undefined');
      return [...numbers, ...rest, ...undef].join(' | ');
    }
    if (checker.isArrayType(t)) {
      const readonly = t.target?.symbol?.name === 'ReadonlyArray';
      const [el] = checker.getTypeArguments(t);
      const inner = print(el, self, indent, node?.items);
      const wrapped = el.isUnion() ? `(${inner})` : inner;
      return `${readonly ? 'readonly ' : ''}${wrapped}[]`;
    }
    if (checker.isTupleType(t)) return checker.typeToString(t, undefined, fmt);
    if (isObject(t)) return objectBody(t, self, indent, node);
    return checker.typeToString(t, undefined, fmt);
  }

  function objectBody(t, self, indent, node) {
    const pad = '  '.repeat(indent + 1);
    const lines = [];
    // In the order the schema declares them (zod's input type lists the required keys first).
    const at = (s) => {
      const d = s.declarations?.[0];
      return d ? [d.getSourceFile().fileName, d.pos] : ['', 0];
    };
    const props = [...checker.getPropertiesOfType(t)].sort((x, y) => {
      const [fx, px] = at(x);
      const [fy, py] = at(y);
      return fx === fy ? px - py : 0;
    });
    for (const prop of props) {
      const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
      const pt = checker.getTypeOfSymbol(prop);
      const child = node?.properties?.[prop.name];
      if (child?.description) lines.push(tsdoc(child.description, pad));
      lines.push(`${pad}${key(prop.name)}${optional ? '?' : ''}: ${print(pt, self, indent + 1, child)};`);
    }
    for (const info of checker.getIndexInfosOfType(t))
      lines.push(
        `${pad}[key: ${checker.typeToString(info.keyType)}]: ${print(info.type, self, indent + 1)};`,
      );
    if (lines.length === 0) return 'Record<string, never>';
    return `{\n${lines.join('\n')}\n${'  '.repeat(indent)}}`;
  }

  const out = [
    '// Generated by scripts/gen-input-types.mjs from the zod schemas of src/schema/ — do not edit by hand:',
    '// change the schema, then run `node scripts/gen-input-types.mjs` (`npm run build` runs it too).',
    '// test/schema/input-types.check.ts fails the type check while this file and the schemas differ.',
    '',
  ];
  for (const [name, , schema, mode, doc, ref] of INPUT_TYPES) {
    const t = named.get(name);
    const node = nodeAt(schemaFor, ref);
    const described = node?.description ? ` — ${node.description}.` : '';
    out.push(tsdoc(`${doc}${described} The ${mode} type of \`${schema}\` (\`dibao-rules/schemas\`).`, ''));
    if (isObject(t) && !nameOf(t, name))
      out.push(`export interface ${name} ${objectBody(t, name, 0, node)}`, '');
    else out.push(`export type ${name} = ${print(t, name, 0, node)};`, '');
  }
  return format(out.join('\n'));
}

function format(text) {
  const biome = join(root, 'node_modules/.bin/biome');
  const r = spawnSync(biome, ['format', `--stdin-file-path=${target}`], { input: text, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`biome format failed: ${r.stderr}`);
  return r.stdout;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await generate();
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (process.argv.includes('--check')) process.exit(current === text ? 0 : 1);
  if (current !== text) {
    writeFileSync(target, text);
    console.log(`wrote ${target.slice(root.length + 1)}`);
  }
}
