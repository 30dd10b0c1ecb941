import type { Piece } from '../../../shared/document-layout.js';

/**
 * Pieces per group. Each group is a box the browser lays out only near the view
 * (content-visibility), so a 2 M-character compilation is a few hundred boxes to lay out, not
 * 8,000 paragraphs, and a first screen lays out little more than itself.
 */
export const PIECES_PER_GROUP = 16;

/** Pieces in groups that start at fixed positions: drawing more of a document only adds to the last ones. */
export function groupsOf(pieces: readonly Piece[]): Piece[][] {
  const groups: Piece[][] = [];
  for (let i = 0; i < pieces.length; i += PIECES_PER_GROUP) groups.push(pieces.slice(i, i + PIECES_PER_GROUP));
  return groups;
}
