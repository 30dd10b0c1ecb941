// Markdown → plain text: the marks taken off, the words and paragraphs kept.
// Link and image patterns stop at the next "[" so that a line of unclosed brackets is read in
// linear time: /\[([^\]]+)\]/ would scan to the line's end again from every "[".
export function markdownToText(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^\s*(```|~~~|---+\s*$|\*\*\*+\s*$|___+\s*$)/.test(line))
    .map((line) =>
      withoutClosingHashes(
        line
          .replace(/^\s{0,3}#{1,6}\s+/, '')
          .replace(/^\s{0,3}>\s?/, '')
          .replace(/^\s*[-*+]\s+/, '')
          .replace(/!\[([^[\]]*)\]\([^)[]*\)/g, '$1')
          .replace(/\[([^[\]]+)\]\([^)[]*\)/g, '$1')
          .replace(/(\*\*|__)(.+?)\1/g, '$2')
          .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
          .replace(/`([^`]+)`/g, '$1'),
      ),
    )
    .join('\n');
}

/** "标题 ##" → "标题": the hashes that may close a heading, with the spaces before them (/\s+#+\s*$/, in linear time). */
function withoutClosingHashes(line: string): string {
  const end = line.trimEnd().length;
  let at = end;
  while (at > 0 && line.charAt(at - 1) === '#') at--;
  if (at === end) return line;
  const before = line.slice(0, at).trimEnd();
  return before.length < at ? before : line;
}
