import type { ErrorCode, ErrorParams } from '../../../shared/errors.js';

/** A ReaderError as it crosses from a worker thread (an Error loses its fields on the way). */
export interface Failure {
  failure: { code: ErrorCode; params: ErrorParams };
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'failure' in value;
}
