/**
 * Which function each `fixtures/<concept>/` folder exercises. Add one line per concept.
 */
export const FIXTURE_RUNNERS: Record<string, (input: unknown) => unknown> = {};
