// Quantitative goals a policy sets ("到2020年，电子商务交易额突破1万亿元，网络零售额达到2000亿元"):
// each clause with a target year, the indicator, and the value with its verb and qualifier.
import type { Target } from '../../../shared/intel.js';

/** Where a sentence names the year its goals are for. */
const YEAR = /(?:到|至|截至|力争到|力争)\s*(20\d{2})\s*年(?:底|末)?|(20\d{2})\s*年(?:前|底前|以前)/;
const VERB =
  /(年均增长|增长|突破|达到|达|超过|提高到|提升到|提高|保持在|控制在|降低到|降低|减少|新增|培育|建成|建设|实现|占比达到|占比达)/;
/** Tried only where a number begins: from inside a long run of digits it would take quadratic time. */
const AMOUNT =
  /(?<!\d)\d+(?:\.\d+)?(?:\s*[~～-]\s*\d+(?:\.\d+)?)?\s*(?:万亿|亿|万|千)?\s*(?:元|美元|%|％|个|家|项|人|人次|户|吨|公里|平方米|亩|座|条|所|辆)(?:左右|以上|以下|以内|及以上)?/;
const LEADING = /^(?:其中|全省|全市|全县|全区|我省|我市|力争|基本|初步|使|将|并|和|以及)+/;

export function findTargets(text: string): Target[] {
  const targets: Target[] = [];
  for (const sentence of text.matchAll(/[^。；;\n]+/g)) {
    const yearMatch = YEAR.exec(sentence[0]);
    if (!yearMatch) continue;
    const year = Number(yearMatch[1] ?? yearMatch[2]);
    const base = sentence.index ?? 0;
    // "培育省示范企业3~4家、示范平台1~3家": a leading verb carries over the items after it.
    let leadingVerb: string | null = null;
    for (const clause of sentence[0].matchAll(/[^，,、：:]+/g)) {
      const text = clause[0];
      const amount = AMOUNT.exec(text);
      const verb = VERB.exec(text);
      if (!amount) continue;
      let indicator: string;
      let value: string;
      if (verb && verb.index === 0) {
        leadingVerb = verb[0];
        indicator = text.slice(verb[0].length, amount.index);
        value = verb[0] + amount[0];
      } else if (verb && verb.index < amount.index) {
        leadingVerb = null;
        indicator = text.slice(0, verb.index);
        value = text.slice(verb.index, amount.index + amount[0].length);
      } else if (!verb && leadingVerb) {
        indicator = text.slice(0, amount.index);
        value = leadingVerb + amount[0];
      } else continue;
      indicator = indicator.replace(YEAR, '').replace(LEADING, '').trim();
      if (!indicator) continue;
      const start = base + (clause.index ?? 0);
      targets.push({ year, indicator, value: value.trim(), start, end: start + text.length });
    }
  }
  return targets;
}
