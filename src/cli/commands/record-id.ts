/**
 * The optional `id` the CLI accepts on records of functions whose input has no `id` field
 * (`standards`, `support`): it is taken off before the call and carried to the output record, so results
 * can be joined back to their inputs. Anything other than a string or a finite number is an input error.
 */
import { DibaoInputError } from '../../core/errors.js';

/** `record` without its `id` key (the same object when it has none). */
export function withoutRecordId(record: unknown): unknown {
  if (
    record === null ||
    typeof record !== 'object' ||
    Array.isArray(record) ||
    !Object.hasOwn(record, 'id')
  ) {
    return record;
  }
  const { id, ...rest } = record as Record<string, unknown>;
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    throw new DibaoInputError([
      {
        path: 'id',
        code: 'invalid_type',
        message: '记录标识 id 须为字符串或数字',
        messageEn: 'the record id must be a string or a number',
      },
    ]);
  }
  return rest;
}
