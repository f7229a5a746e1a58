/**
 * POST /explain: the 核算说明 of a household — wired when the explanation function is in the library.
 */
import type { DibaoServer } from './http.js';

/** Adds POST /explain to the service. */
export function addExplainEndpoint(_service: DibaoServer): void {}
