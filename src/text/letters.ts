/** Comparing texts by their letters, so that wrapping, hyphens and punctuation do not matter. */

const keyCache = new Map<string, string>();

/** Letters and digits only, lowercased: compares texts regardless of wrapping and hyphenation. */
export function letterKey(s: string): string {
  if (s.length > 64) return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  let k = keyCache.get(s);
  if (k === undefined) {
    if (keyCache.size > 20_000) keyCache.clear();
    k = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    keyCache.set(s, k);
  }
  return k;
}

/** Whether the characters of `small` occur in `big` in the same order, not necessarily adjacent. */
export function inOrder(small: string, big: string): boolean {
  let at = 0;
  for (const ch of small) {
    at = big.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
