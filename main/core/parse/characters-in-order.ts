/** Whether the characters of `short` stand in `long` in their order: a shortened name (昌吉州 in 昌吉回族自治州). */
export function charactersInOrder(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
