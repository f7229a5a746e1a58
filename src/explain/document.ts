/**
 * The shape of a 核算说明 before it is written out, and its two renderings: plain text (for printing and
 * filing) and Markdown. Words only; what a section says is decided in `explain-assessment.ts`.
 */

/** A piece of running text: words, or a field name written as code. */
export type Inline = string | { readonly code: string };

/** One line of running text. */
export type Line = readonly Inline[];

/** A block of a 核算说明. */
export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'section'; readonly text: string }
  /** `label：value` lines. */
  | { readonly kind: 'facts'; readonly rows: ReadonlyArray<readonly [string, Line]> }
  | { readonly kind: 'paragraph'; readonly line: Line }
  /** A numbered list; each item a first line and indented lines under it. */
  | {
      readonly kind: 'items';
      readonly items: ReadonlyArray<{ readonly head: Line; readonly body: readonly Line[] }>;
    }
  /** A quoted text with its heading. */
  | { readonly kind: 'quote'; readonly head: string; readonly paragraphs: readonly string[] };

/** Control characters (line breaks, tabs…) of caller text become spaces, so one value stays on one line. */
export function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

function plainLine(line: Line): string {
  return line.map((p) => (typeof p === 'string' ? p : p.code)).join('');
}

/**
 * The plain-text rendering: numbered sections, two-space indents, article quotes indented under their
 * heading. Lines end with `\n`.
 * @see 第5条
 */
export function renderText(blocks: readonly Block[]): string {
  const out: string[] = [];
  let indent = '';
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push(b.text, '='.repeat(Math.max(8, width(b.text))));
        break;
      case 'section':
        out.push('', b.text);
        indent = '  ';
        break;
      case 'facts':
        for (const [label, value] of b.rows) out.push(`${indent}${label}：${plainLine(value)}`);
        break;
      case 'paragraph':
        out.push(`  ${plainLine(b.line)}`);
        break;
      case 'items':
        b.items.forEach((item, i) => {
          const n = `${i + 1}. `;
          out.push(`  ${n}${plainLine(item.head)}`);
          for (const line of item.body) out.push(`  ${' '.repeat(n.length)}${plainLine(line)}`);
        });
        break;
      case 'quote':
        out.push(`  ${b.head}`);
        for (const p of b.paragraphs) out.push(`    ${p}`);
        break;
    }
  }
  return `${out.join('\n')}\n`;
}

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

/** Markdown's special characters in running text, escaped so caller text (ids) cannot format the page. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~!]/g, (c) => `\\${c}`);
}

function mdCode(code: string): string {
  const fence = code.includes('`') ? '`` ' : '`';
  return `${fence}${code}${fence === '`` ' ? ' ``' : '`'}`;
}

function mdLine(line: Line): string {
  return line.map((p) => (typeof p === 'string' ? md(p) : mdCode(p.code))).join('');
}

/**
 * The Markdown rendering: `#` title, `##` sections, lists, article quotes as block quotes. Caller text is
 * escaped.
 * @see 第5条
 */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push(`# ${md(b.text)}`, '');
        break;
      case 'section':
        out.push(`## ${md(b.text)}`, '');
        break;
      case 'facts':
        for (const [label, value] of b.rows) out.push(`- **${md(label)}**：${mdLine(value)}`);
        out.push('');
        break;
      case 'paragraph':
        out.push(mdLine(b.line), '');
        break;
      case 'items':
        b.items.forEach((item, i) => {
          const n = `${i + 1}. `;
          out.push(`${n}${mdLine(item.head)}`);
          for (const line of item.body) out.push(`${' '.repeat(n.length)}- ${mdLine(line)}`);
        });
        out.push('');
        break;
      case 'quote':
        out.push(`**${md(b.head)}**`, '');
        for (const p of b.paragraphs) out.push(`> ${md(p)}`, '>');
        out.pop();
        out.push('');
        break;
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
