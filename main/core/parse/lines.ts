/** A non-blank line of the canonical text, with surrounding white space excluded from its span. */
export interface Line {
  /** Position among the non-blank lines. */
  index: number;
  start: number;
  end: number;
  text: string;
}

const LINE = /[^\n]+/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const m of text.matchAll(LINE)) {
    const raw = m[0];
    // trimStart and trimEnd take off what \s matches (U+3000 and U+FEFF among it), in linear time;
    // a regex such as /\s+$/ retries from every space of a long run and takes quadratic time.
    const lead = raw.length - raw.trimStart().length;
    if (lead === raw.length) continue;
    const trail = raw.length - raw.trimEnd().length;
    const noise = jammerLength(raw.slice(lead, raw.length - trail));
    if (lead + noise + trail >= raw.length) continue;
    const after = trailingJammerLength(raw.slice(lead + noise, raw.length - trail));
    const start = (m.index ?? 0) + lead + noise;
    const end = (m.index ?? 0) + raw.length - trail - after;
    lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
  }
  return lines;
}

/**
 * A forum's anti-copy jammer before a line or in place of it: short runs of ASCII letters, figures
 * and symbols between single spaces ("+ f m& s' G% W% M% h\" u 关于…", "$ b# _6 a: y8 c$ R0 ^8").
 * Like white space, it is left out of the line's span. Returns its length (0 for none).
 */
function jammerLength(text: string): number {
  const m = JAMMER.exec(text);
  if (!m) return 0;
  const symbols = m[0].match(/[!"#$%&'*+/<=>?@[\\\]^_`{|}~]/g)?.length ?? 0;
  return symbols >= 2 && /[A-Za-z]/.test(m[0]) ? m[0].length : 0;
}

const JAMMER = /^(?:[\x21-\x7e]{1,3} ){3,}[\x21-\x7e]{1,3}(?: |$|(?=[^\x21-\x7e\s]))/;

/** The same jammer after a line's text ("…的通知9 x0 G- Z! G2 Z5 Y$ q"), with the space before it. */
function trailingJammerLength(text: string): number {
  // Its runs are short: the end of the line is enough to look at, and a line ending in CJK has none.
  const last = text.charCodeAt(text.length - 1);
  if (last > 0x7e || last < 0x21) return 0;
  const m = TRAILING_JAMMER.exec(text.slice(-80));
  if (!m || m[0].length >= text.length) return 0;
  return jammerLength(m[0].trimStart()) === m[0].trimStart().length ? m[0].length : 0;
}

const TRAILING_JAMMER = /(?<=[^\x21-\x7e\s]) ?[\x21-\x7e]{1,3}(?: [\x21-\x7e]{1,3}){3,}$/;

/** Spaces other than the plain one and the ideographic: no-break, en to hair, narrow no-break, medium mathematical. */
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f]/g;
/** Indentation a page without those spaces in its encoding printed as question marks (????关于…). */
const LOST_INDENT = /^[ \t\u3000]*\?[ \t\u3000?]*(?=[0-9]|[^ -~])/gm;
/** And the spaces after a line's text (甘肅省人民政府????????), where the line ends in Chinese. */
// (One class after the first two: a long run of ? not at a line's end fails in linear time.)
const LOST_TRAILING = /(?<=[^ -~\s])\?\?[ \t\u3000?]*$/gm;
/** Or the one space after a line's last mark (各市直属单位:?, …贯彻执行。?): no question asks so. */
const LOST_AFTER_MARK = /(?<=[：:。；;，,、）)》”])\?(?=[ \t\u3000]*$)/gm;
/** A table's cell border left at the end of a line that is no table row ("忠县卫生健康委员会 |"). */
const STRAY_BORDER = /^([^|\n]*[^|\s])[ \t\u3000]*\|[ \t]*$/gm;

/**
 * The text as the parser reads it: a web page's odd spaces (索\u00a0\u00a0引\u00a0\u00a0号), lost
 * indentation and stray cell borders read as spaces — one for one, so every offset holds.
 */
export function withPlainSpaces(text: string): string {
  return text
    .replace(ODD_SPACES, ' ')
    .replace(LOST_INDENT, (run) => ' '.repeat(run.length))
    .replace(LOST_TRAILING, (run) => ' '.repeat(run.length))
    .replace(LOST_AFTER_MARK, ' ')
    .replace(STRAY_BORDER, (line, kept: string) => kept + ' '.repeat(line.length - kept.length));
}
