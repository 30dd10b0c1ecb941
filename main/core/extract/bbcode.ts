// A forum's BBCode pasted into a text file ("[align=center][size=3][b]…[/b][/size][/align]"): its text,
// a block tag a line break, an inline tag nothing.

const CLOSING_TAG = /\[\/(?:align|size|font|color|b|i|u|s|p|url|quote|list|table|tr|td|backcolor)\]/gi;
const BLOCK_TAG = /\[\/?(?:align|p|quote|list|table|tr|td|\*|br|hr)(?:=[^\]\n]{0,40})?\]/gi;
const INLINE_TAG = /\[\/?(?:b|i|u|s|size|font|color|url|img|backcolor|email)(?:=[^\]\n]{0,80})?\]/gi;

/** Text that holds BBCode: three or more closing tags. */
export function isBbcode(text: string): boolean {
  return (text.match(CLOSING_TAG)?.length ?? 0) >= 3;
}

export function bbcodeToText(text: string): string {
  return text
    .replace(BLOCK_TAG, '\n')
    .replace(INLINE_TAG, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
