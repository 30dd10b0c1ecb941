/**
 * A function of one string that remembers its answers: the parser asks the same questions of the
 * same lines many times over (a title's tidy form, a line's date) while it weighs a head. Only
 * short strings are remembered, and all are forgotten at once when `limit` is reached, so memory
 * stays bounded whatever the input.
 */
export function remembered<T>(answer: (text: string) => T, limit = 4096, longest = 400): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    if (text.length > longest) return answer(text);
    if (known.has(text)) return known.get(text) as T;
    if (known.size >= limit) known.clear();
    const value = answer(text);
    known.set(text, value);
    return value;
  };
}
