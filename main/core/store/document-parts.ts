// How a document's blocks and responsibility spans are kept: one JSON array each, an entry a tuple
// (see migration 14). Offsets index the canonical text; the text of each is sliced from it on reading.
import type { Block, BlockRole, BlockSpan, HeadingLevel, Responsibility, ResponsibilityRole } from '../../../shared/policy.js';

type BlockTuple = [
  start: number,
  end: number,
  kind: Block['kind'],
  level: HeadingLevel | null,
  label: string | null,
  role: BlockRole | null,
];
type ResponsibilityTuple = [start: number, end: number, role: ResponsibilityRole | null, departments: string[]];

export function encodeBlocks(blocks: readonly BlockSpan[]): string {
  return JSON.stringify(
    blocks.map((b): BlockTuple => [b.start, b.end, b.kind, b.level ?? null, b.label ?? null, b.role ?? null]),
  );
}

export function decodeBlocks(json: string): BlockSpan[] {
  return (JSON.parse(json) as BlockTuple[]).map(([start, end, kind, level, label, role]) => ({
    kind,
    ...(level !== null && { level }),
    ...(label !== null && { label }),
    ...(role !== null && { role }),
    start,
    end,
  }));
}

export function encodeResponsibilities(spans: readonly Omit<Responsibility, 'text'>[]): string {
  return JSON.stringify(spans.map((r): ResponsibilityTuple => [r.start, r.end, r.role, r.departments]));
}

export function decodeResponsibilities(json: string): Omit<Responsibility, 'text'>[] {
  return (JSON.parse(json) as ResponsibilityTuple[]).map(([start, end, role, departments]) => ({
    start,
    end,
    role,
    departments,
  }));
}
