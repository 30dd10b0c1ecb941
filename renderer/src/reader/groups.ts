import type { Piece } from '../../../shared/document-layout.js';

/**
 * Pieces per group. Each group is a box the browser lays out only near the view
 * (content-visibility), so a 2 M-character compilation is a thousand boxes to lay out, not
 * 8,000 paragraphs, and a first screen lays out little more than itself. (Sixteen a group laid
 * out a screenful twice over: eight opened the 2 M-character bench document 357–380 ms against
 * 499, and switched its script in 187–190 ms against 274, in the same session.)
 */
export const PIECES_PER_GROUP = 8;

/** Pieces in groups that start at fixed positions: drawing more of a document only adds to the last ones. */
export function groupsOf(pieces: readonly Piece[]): Piece[][] {
  const groups: Piece[][] = [];
  for (let i = 0; i < pieces.length; i += PIECES_PER_GROUP) groups.push(pieces.slice(i, i + PIECES_PER_GROUP));
  return groups;
}
