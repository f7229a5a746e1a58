/**
 * One flat code → label map over tables of labels by kind, the first kind having a code winning.
 */

/**
 * The flat map of `tables`, in their order.
 * @see 第5条
 */
export function flatLabels(
  tables: Readonly<Record<string, Readonly<Record<string, string>>>>,
): ReadonlyMap<string, string> {
  const flat = new Map<string, string>();
  for (const table of Object.values(tables)) {
    for (const [code, label] of Object.entries(table)) if (!flat.has(code)) flat.set(code, label);
  }
  return flat;
}
