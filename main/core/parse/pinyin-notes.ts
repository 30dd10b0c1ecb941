// Some sites that copy documents annotate characters with their pinyin in brackets, tones and all
// (發(fā)、關(guān)于). The notes are not the document's: they are taken out of the text.

const NOTE = /([\u3400-\u9fff])\(([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]{0,6})\)/g;

/**
 * The same converters break some characters whose second GBK byte is a Latin letter: the first byte
 * becomes "?", a stray note swallows its "(", and the letter stays (條 0x976C is "?xiàng)l"). The
 * letter alone cannot tell the character; these are the ones seen on real pages.
 */
const BROKEN = new Map([
  ['?xiàng)l', '條'],
  ['?dú)v', '歷'],
  ['?xí)r', '時'],
]);
const BROKEN_FORM = /\?[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}\)[A-Za-z]/g;

export function withoutPinyinNotes(text: string): string {
  if (!text.includes('(') && !text.includes('?')) return text;
  return text.replace(NOTE, '$1').replace(BROKEN_FORM, (form) => BROKEN.get(form) ?? form);
}
