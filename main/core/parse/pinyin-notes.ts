// Some sites that copy documents annotate characters with their pinyin in brackets, tones and all
// (發(fā)、關(guān)于). The notes are not the document's: they are taken out of the text.

const NOTE = /([\u3400-\u9fff])\(([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]{0,6})\)/g;

export function withoutPinyinNotes(text: string): string {
  return text.includes('(') ? text.replace(NOTE, '$1') : text;
}
