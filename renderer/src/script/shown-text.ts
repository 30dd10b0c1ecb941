// The text of a document as shown in a display script, with positions both ways between the shown
// text and the canonical text that annotations are stored against. Each block converts on its own:
// blocks are paragraphs, and no dictionary phrase spans two.
import type { ConversionTarget, DisplayScript } from '../../../shared/display-script.js';
import type { Block } from '../../../shared/policy.js';
import type { Side } from '../../../shared/script-conversion.js';

/** The converters, as the lazily loaded chunk provides them. */
export type ConversionModule = typeof import('../../../shared/script-conversion.js');

/** One block as shown; offsets are relative to the block's start on either side. */
export interface ShownBlock {
  text: string;
  toShown(offset: number, side: Side): number;
  toCanonical(offset: number, side: Side): number;
}

export interface ShownDocument {
  script: DisplayScript;
  block(index: number): ShownBlock;
  /** Any other text of or about the document (title, outline entry, quote) as shown. */
  phrase(text: string): string;
}

const same = (offset: number) => offset;

export function originalView(blocks: readonly Block[]): ShownDocument {
  const shown = blocks.map((block): ShownBlock => ({ text: block.text, toShown: same, toCanonical: same }));
  return { script: 'original', block: (index) => shown[index] as ShownBlock, phrase: (text) => text };
}

/**
 * Converts each block the first time it is asked for: a switch converts the blocks on screen and
 * those drawn after, not a 2 M-character compilation at once.
 */
export function convertedView(
  blocks: readonly Block[],
  target: ConversionTarget,
  { convertWithMap, convertText, toShown, toCanonical }: ConversionModule,
): ShownDocument {
  const shown = new Array<ShownBlock | undefined>(blocks.length);
  const convert = (block: Block): ShownBlock => {
    const conversion = convertWithMap(block.text, target);
    // Nearly every block keeps its length, and then positions are the same on both sides.
    if (conversion.text.length === block.text.length) return { text: conversion.text, toShown: same, toCanonical: same };
    return {
      text: conversion.text,
      toShown: (offset, side) => toShown(conversion, offset, side),
      toCanonical: (offset, side) => toCanonical(conversion, offset, side),
    };
  };
  return {
    script: target,
    block: (index) => {
      let block = shown[index];
      if (!block) {
        block = convert(blocks[index] as Block);
        shown[index] = block;
      }
      return block;
    },
    phrase: phraseConverter(convertText, target),
  };
}

/** Converts short texts, each once: lists draw the same titles and quotes again and again. */
export function phraseConverter(
  convertText: ConversionModule['convertText'],
  target: ConversionTarget,
): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let shown = cache.get(text);
    if (shown === undefined) {
      shown = convertText(text, target);
      cache.set(text, shown);
    }
    return shown;
  };
}

/**
 * Where a canonical position of a block falls in its shown text, as every boundary of a drawn run
 * is carried: one inside a converted word whose length changed moves to the word's start.
 */
export function shownOffset(block: Block, shown: ShownBlock, position: number): number {
  if (position <= block.start) return 0;
  return position >= block.end ? shown.text.length : shown.toShown(position - block.start, 'start');
}

/** A stretch of a block given in canonical positions, with where it starts in the shown block and its shown text. */
export type ShownRun<T> = T & { shownStart: number; text: string };

/**
 * Carries consecutive stretches of a block (split at annotation boundaries) to the shown text.
 * Every boundary is carried by the same rule, so the runs tile the shown block exactly; a boundary
 * inside a converted word whose length changed moves to the word's start.
 */
export function shownRuns<T extends { start: number; end: number }>(
  block: Block,
  shown: ShownBlock,
  stretches: readonly T[],
): ShownRun<T>[] {
  const at = (position: number) => shownOffset(block, shown, position);
  const runs: ShownRun<T>[] = [];
  for (const stretch of stretches) {
    const from = at(stretch.start);
    const to = at(stretch.end);
    if (to > from) runs.push({ ...stretch, shownStart: from, text: shown.text.slice(from, to) });
  }
  return runs;
}
