/**
 * Appends items one by one: `target.push(...items)` passes every item as an argument and overflows
 * the call stack past about 100,000 items (a 100k-row sheet with a finding per row).
 */
export function appendAll<T>(target: T[], ...sources: readonly (readonly T[])[]): T[] {
  for (const items of sources) for (const item of items) target.push(item);
  return target;
}
