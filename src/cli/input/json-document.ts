/**
 * JSON input: a document holding either one record (an object) or an array of records. An array is
 * split into its top-level elements by a small scanner that tracks only strings, escapes and bracket
 * depth, so a file of millions of records is never held in memory whole; each element's text is then
 * parsed by `JSON.parse` where it is evaluated. A syntax error inside one element therefore spoils only
 * that record. Structural damage (an unclosed array, text after it) becomes one extra error record. An
 * element longer than `maxRecordBytes` is not held: it is scanned past and becomes its error record.
 */
import { tooLargeItem } from '../batch/record-limits.js';
import type { CliIssue, WorkItem } from '../batch/types.js';

function jsonIssue(message: string, messageEn: string): CliIssue {
  return { path: '', code: 'invalid_json', message, messageEn };
}

const OPEN_BRACE = 123; // {
const CLOSE_BRACE = 125; // }
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const QUOTE = 34; // "
const BACKSLASH = 92; // \
const COMMA = 44; // ,
const NEWLINE = 10; // \n

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
}

/** Yields the records of a JSON document (an array of records, or one record), a chunk at a time. */
export async function* readJsonDocument(
  source: AsyncIterable<string>,
  maxRecordBytes = Number.POSITIVE_INFINITY,
): AsyncGenerator<WorkItem[]> {
  // mode: before the first value, inside the top-level array, a single top-level value, after the array.
  let mode: 'start' | 'array' | 'single' | 'end' = 'start';
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = ''; // text of the current element gathered from earlier chunks
  let skippedBytes: number | null = null; // the UTF-8 size of an element too large to hold, so far
  let elementLine = 0; // 0 = no element open
  let afterComma = false;
  let trailingReported = false;

  for await (const chunk of source) {
    const items: WorkItem[] = [];
    let start = -1; // start of the open element inside this chunk
    if (elementLine !== 0) start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (elementLine !== 0) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === BACKSLASH) escaped = true;
          else if (c === QUOTE) inString = false;
        } else if (c === QUOTE) {
          inString = true;
        } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          depth += 1;
        } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && depth > 0) {
          depth -= 1;
        } else if (mode === 'array' && depth === 0 && (c === COMMA || c === CLOSE_BRACKET)) {
          const text = chunk.slice(start, i);
          if (skippedBytes !== null) {
            items.push(
              tooLargeItem(elementLine, null, skippedBytes + Buffer.byteLength(text), maxRecordBytes),
            );
            skippedBytes = null;
          } else items.push({ kind: 'text', line: elementLine, text: element + text });
          element = '';
          elementLine = 0;
          start = -1;
          afterComma = c === COMMA;
          if (c === CLOSE_BRACKET) mode = 'end';
        }
        if (c === NEWLINE) line += 1;
        continue;
      }
      if (c === NEWLINE) line += 1;
      if (isSpace(c)) continue;
      if (mode === 'start') {
        if (c === OPEN_BRACKET) {
          mode = 'array';
          continue;
        }
        mode = 'single';
      } else if (mode === 'array') {
        if (c === CLOSE_BRACKET) {
          if (afterComma) {
            items.push({
              kind: 'error',
              name: 'SyntaxError',
              line,
              id: null,
              issues: [jsonIssue('JSON 数组末尾多了逗号', 'trailing comma in the JSON array')],
            });
          }
          mode = 'end';
          continue;
        }
        if (c === COMMA) {
          items.push({
            kind: 'error',
            name: 'SyntaxError',
            line,
            id: null,
            issues: [
              jsonIssue('JSON 数组中有空元素（连续两个逗号）', 'empty element in the JSON array (",,")'),
            ],
          });
          afterComma = true;
          continue;
        }
      } else if (mode === 'end' || mode === 'single') {
        if (!trailingReported) {
          items.push({
            kind: 'error',
            name: 'SyntaxError',
            line,
            id: null,
            issues: [
              jsonIssue('JSON 文档结束后还有多余内容', 'unexpected text after the end of the JSON document'),
            ],
          });
          trailingReported = true;
        }
        continue;
      }
      // An element (or the single top-level value) starts here.
      elementLine = line;
      start = i;
      afterComma = false;
      i -= 1; // re-read this character in element mode
    }
    if (elementLine !== 0 && start !== -1) {
      if (skippedBytes !== null) skippedBytes += Buffer.byteLength(chunk.slice(start));
      else {
        element += chunk.slice(start);
        if (element.length > maxRecordBytes) {
          skippedBytes = Buffer.byteLength(element);
          element = '';
        }
      }
    }
    if (items.length > 0) yield items;
  }

  const items: WorkItem[] = [];
  if (elementLine !== 0) {
    // The single top-level value, or the last element of an array that was never closed.
    items.push(
      skippedBytes !== null
        ? tooLargeItem(elementLine, null, skippedBytes, maxRecordBytes)
        : { kind: 'text', line: elementLine, text: element },
    );
  }
  if (mode === 'array') {
    items.push({
      kind: 'error',
      name: 'SyntaxError',
      line,
      id: null,
      issues: [jsonIssue('JSON 数组没有闭合（缺少 "]"）', 'the JSON array is not closed (missing "]")')],
    });
  } else if (mode === 'start') {
    items.push({
      kind: 'error',
      name: 'SyntaxError',
      line,
      id: null,
      issues: [jsonIssue('JSON 文档为空', 'the JSON document is empty')],
    });
  }
  if (items.length > 0) yield items;
}
