// Some sites that copy documents annotate characters with their pinyin in brackets, tones and all
// (發(fā)、關(guān)于). The notes are not the document's: they are taken out of the text.

const NOTE = /([\u3400-\u9fff])\(([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]{0,6}) ?\)/g;

/** Others leave the tones out (直(zhi)轄(xia)市, 全(quan)(quan)國), a note or two after a character. */
const TONELESS = /([\u3400-\u9fff])((?:\([a-z]{1,6}\)){1,2})/g;
/** A syllable of pinyin without its tone. */
const SYLLABLE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|i|u|v|ai|ei|ui|ao|ou|iu|ie|ue|ve|er|an|en|in|un|vn|ang|eng|ing|ong|ia|iao|ian|iang|iong|ua|uo|uai|uan|uang)$/;
/** Fewer toneless notes than this are a text's own brackets ((a) in a list), not a converter's. */
const MIN_TONELESS = 5;

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
  const toned = text.replace(NOTE, '$1').replace(BROKEN_FORM, (form) => BROKEN.get(form) ?? form);
  return withoutTonelessNotes(toned);
}

function withoutTonelessNotes(text: string): string {
  const isNote = (notes: string) =>
    notes
      .slice(1, -1)
      .split(')(')
      .every((syllable) => SYLLABLE.test(syllable));
  let found = 0;
  for (const m of text.matchAll(TONELESS)) if (isNote(m[2] ?? '') && ++found >= MIN_TONELESS) break;
  if (found < MIN_TONELESS) return text;
  return text.replace(TONELESS, (all, character: string, notes: string) => (isNote(notes) ? character : all));
}
