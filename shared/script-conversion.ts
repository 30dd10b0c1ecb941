// Simplified ⇄ traditional display with an offset map between the canonical text and the text shown.
// The conversion is opencc-js's own: each dictionary group is a trie applied by longest prefix
// match, the groups one after another. Each pass here also records its segments — an unmatched run
// (copied as is) or a dictionary match (which may change length, as 软件 → 軟體 does not but
// U盘 → 隨身碟 does) — so that a position can be carried through every pass in either direction.
import { type DictGroup, Trie } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset';
import type { ConversionTarget } from './display-script.js';

/** The dictionary groups for a target: to simplified directly; to a traditional standard through OpenCC's. */
function chainFor(target: ConversionTarget): readonly DictGroup[] {
  if (target === 'cn') return to.cn ?? [];
  return [...(from.cn ?? []), ...(to[target] ?? [])];
}

// Keyed by dictionary group: the traditional targets share OpenCC's simplified → traditional groups.
const tries = new WeakMap<DictGroup, Trie>();

/** Built on first use: the dictionaries are large and most sessions never convert. */
function triesFor(target: ConversionTarget): Trie[] {
  return chainFor(target).map((group) => {
    let trie = tries.get(group);
    if (!trie) {
      trie = new Trie();
      trie.loadDictGroup(group);
      tries.set(group, trie);
    }
    return trie;
  });
}

/** Builds a target's dictionaries ahead of need, while the reader is idle, so that the first switch is quick. */
export function prepareConversion(target: ConversionTarget): void {
  triesFor(target);
}

/**
 * One pass: segment k maps source [src[k], src[k+1]) to target [dst[k], dst[k+1]); the bounds
 * cover the whole text.
 */
interface PassMap {
  src: Int32Array;
  dst: Int32Array;
}

export interface Conversion {
  text: string;
  passes: PassMap[];
}

function codeUnitLength(s: string, i: number): number {
  const c = s.codePointAt(i) ?? 0;
  return c > 0xffff ? 2 : 1;
}

/**
 * One pass of the trie over a text. Consecutive stretches whose length does not change (unmatched
 * runs and same-length matches, nearly all of Chinese conversion) share one segment, mapped
 * character for character; only a match that changes length gets a segment of its own.
 */
function convertPass(trie: Trie, s: string): { text: string; map: PassMap } {
  const out: string[] = [];
  const src: number[] = [0];
  const dst: number[] = [0];
  let written = 0;
  let copyFrom = 0;
  const copyUpTo = (at: number) => {
    if (at > copyFrom) {
      out.push(s.slice(copyFrom, at));
      written += at - copyFrom;
    }
  };
  for (let i = 0; i < s.length; ) {
    const match = trie.matchPrefix(s, i);
    if (!match) {
      i += codeUnitLength(s, i);
      continue;
    }
    copyUpTo(i);
    if (match.value.length !== match.end - i) {
      if (src[src.length - 1] !== i) {
        src.push(i);
        dst.push(written);
      }
      src.push(match.end);
      dst.push(written + match.value.length);
    }
    out.push(match.value);
    written += match.value.length;
    i = match.end;
    copyFrom = i;
  }
  copyUpTo(s.length);
  if (src[src.length - 1] !== s.length || src.length === 1) {
    src.push(s.length);
    dst.push(written);
  }
  return { text: out.join(''), map: { src: Int32Array.from(src), dst: Int32Array.from(dst) } };
}

/** Converts a canonical text for display, keeping what is needed to map positions both ways. */
export function convertWithMap(text: string, target: ConversionTarget): Conversion {
  const passes: PassMap[] = [];
  let current = text;
  for (const trie of triesFor(target)) {
    const { text: next, map } = convertPass(trie, current);
    passes.push(map);
    current = next;
  }
  return { text: current, passes };
}

/** The plain conversion, as opencc-js's Converter does it (for comparison and for short strings). */
export function convertText(text: string, target: ConversionTarget): string {
  return triesFor(target).reduce((s, trie) => trie.convert(s), text);
}

export type Side = 'start' | 'end';

/** The segment holding a position: the last k with bounds[k] <= position. */
function segmentAt(bounds: Int32Array, position: number): number {
  let low = 0;
  let high = bounds.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((bounds[mid] as number) <= position) low = mid;
    else high = mid - 1;
  }
  return Math.min(low, bounds.length - 2);
}

/**
 * Carries a position across one pass. Inside a segment of equal length on both sides it moves
 * character for character; inside one whose length changed, a start snaps to the segment's start and
 * an end to its end, so a range only ever grows to whole dictionary words.
 */
function carry(position: number, from: Int32Array, into: Int32Array, side: Side): number {
  if (from.length < 2) return position;
  const k = segmentAt(from, position);
  const a = from[k] as number;
  const b = from[k + 1] as number;
  const c = into[k] as number;
  const d = into[k + 1] as number;
  if (position <= a) return c;
  if (position >= b) return d;
  if (b - a === d - c) return c + (position - a);
  return side === 'start' ? c : d;
}

/** A canonical position in the shown text. */
export function toShown(conversion: Conversion, position: number, side: Side): number {
  return conversion.passes.reduce((p, pass) => carry(p, pass.src, pass.dst, side), position);
}

/** A shown position in the canonical text. */
export function toCanonical(conversion: Conversion, position: number, side: Side): number {
  return conversion.passes.reduceRight((p, pass) => carry(p, pass.dst, pass.src, side), position);
}

/** A shown range widened to whole converted words, which is what a selection in shown text means. */
export function snapShownRange(conversion: Conversion, start: number, end: number): { start: number; end: number } {
  return {
    start: toShown(conversion, toCanonical(conversion, start, 'start'), 'start'),
    end: toShown(conversion, toCanonical(conversion, end, 'end'), 'end'),
  };
}
