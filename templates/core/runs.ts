/** Sorted row numbers as runs for messages: [3, 4, 5, 9] → ["3–5", "9"]. */
export function rowRuns(rows: readonly number[]): string[] {
  const out: string[] = [];
  let start = -1;
  let end = -1;
  const close = () => {
    if (start >= 0) out.push(start === end ? String(start) : `${start}–${end}`);
  };
  for (const r of rows) {
    if (start >= 0 && r === end + 1) {
      end = r;
      continue;
    }
    close();
    start = end = r;
  }
  close();
  return out;
}
