// Markdown → plain text: the marks taken off, the words and paragraphs kept.
export function markdownToText(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^\s*(```|~~~|---+\s*$|\*\*\*+\s*$|___+\s*$)/.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^\s*[-*+]\s+/, '')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/\s+#+\s*$/, ''),
    )
    .join('\n');
}
