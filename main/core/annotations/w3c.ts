// W3C Web Annotation Data Model (JSON-LD) in and out: an AnnotationCollection of Annotations whose
// target is the document (its library id as `source`) with a TextPositionSelector and a
// TextQuoteSelector; the note is a commenting TextualBody, each tag a tagging one; colour and
// kind travel as the target's styleClass.
import { z } from 'zod';
import type { TextSelector } from '../../../shared/anchoring.js';
import {
  type Annotation,
  type AnnotationKind,
  HIGHLIGHT_COLORS,
  type HighlightColor,
  MAX_NOTE_CHARS,
} from '../../../shared/annotations.js';
import { ReaderError } from '../../../shared/errors.js';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** An annotation as read from a file, before it is anchored in a document of the library. */
export interface IncomingAnnotation {
  id: string | null;
  docId: string;
  selector: TextSelector;
  kind: AnnotationKind;
  color: HighlightColor;
  note: string;
  tags: string[];
  created: string | null;
  modified: string | null;
}

export function toW3C(annotations: Annotation[], label: string, generated: string) {
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label,
    generated,
    total: annotations.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map((a) => ({
        '@context': W3C_CONTEXT,
        id: `urn:uuid:${a.id}`,
        type: 'Annotation',
        motivation: a.note ? 'commenting' : 'highlighting',
        created: a.createdAt,
        modified: a.updatedAt,
        body: [
          ...(a.note ? [{ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' }] : []),
          ...a.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
        ],
        target: {
          source: a.docId,
          styleClass: `${a.kind} ${a.color}`,
          selector: [
            { type: 'TextPositionSelector', start: a.start, end: a.end },
            { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
          ],
        },
      })),
    },
  };
}

const textualBody = z.union([
  z.string(),
  z.looseObject({ type: z.string().optional(), value: z.string(), purpose: z.string().optional() }),
]);
const selector = z.looseObject({ type: z.string() });
const target = z.looseObject({
  source: z.string().min(1),
  styleClass: z.string().optional(),
  selector: z.union([selector, z.array(selector)]),
});
const annotation = z.looseObject({
  id: z.string().optional(),
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'))]),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([textualBody, z.array(textualBody)]).optional(),
  bodyValue: z.string().optional(),
  target: z.union([target, z.array(target).min(1)]),
});
const page = z.looseObject({ items: z.array(z.unknown()) });
const collection = z.looseObject({ first: z.union([page, z.string()]).optional(), items: z.array(z.unknown()).optional() });

const quoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const positionSelector = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** The annotation objects in a parsed W3C document: one, an array, an AnnotationPage or an AnnotationCollection. */
function annotationObjects(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  const asCollection = collection.safeParse(json);
  if (json && typeof json === 'object' && (json as { type?: unknown }).type !== 'Annotation' && asCollection.success) {
    const { first, items } = asCollection.data;
    if (items) return items;
    if (first && typeof first === 'object') return first.items;
    throw new ReaderError('INVALID_ANNOTATIONS', { reason: 'the collection has no items' });
  }
  return [json];
}

/**
 * Reads a W3C annotation file. Every annotation must be valid for any to be taken: a file with one
 * bad entry is refused whole, naming the entry and what is wrong with it.
 */
export function parseW3C(content: string): IncomingAnnotation[] {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new ReaderError('INVALID_ANNOTATIONS', { reason: `not JSON (${(error as Error).message})` });
  }
  const context = (json as { '@context'?: unknown } | null)?.['@context'];
  if (!Array.isArray(json) && context !== undefined && ![context].flat().includes(W3C_CONTEXT)) {
    throw new ReaderError('INVALID_ANNOTATIONS', { reason: `@context is not ${W3C_CONTEXT}` });
  }
  return annotationObjects(json).map((item, index) => readAnnotation(item, index));
}

function readAnnotation(item: unknown, index: number): IncomingAnnotation {
  const fail = (reason: string): never => {
    throw new ReaderError('INVALID_ANNOTATIONS', { reason: `annotation ${index + 1}: ${reason}` });
  };
  const parsed = annotation.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`${issue?.path.join('.') || 'annotation'}: ${issue?.message ?? 'invalid'}`);
  }
  const a = parsed.data;
  const t = Array.isArray(a.target) ? (a.target[0] as z.infer<typeof target>) : a.target;
  const selectors = [t.selector].flat();
  const quote = selectors.map((s) => quoteSelector.safeParse(s)).find((r) => r.success)?.data;
  if (!quote) return fail('the target has no TextQuoteSelector with an exact quote');
  const position = selectors.map((s) => positionSelector.safeParse(s)).find((r) => r.success)?.data;
  const bodies = [a.body ?? []].flat().map((b) => (typeof b === 'string' ? { value: b, purpose: undefined } : b));
  const note = [a.bodyValue, ...bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value)].filter(Boolean).join('\n');
  if (note.length > MAX_NOTE_CHARS) return fail(`the note has ${note.length} characters; the limit is ${MAX_NOTE_CHARS}`);
  const style = (t.styleClass ?? '').split(/\s+/);
  return {
    id: a.id ? a.id.replace(/^urn:uuid:/, '') : null,
    docId: t.source.replace(/^urn:policy-reader:/, ''),
    selector: {
      exact: quote.exact,
      prefix: quote.prefix ?? '',
      suffix: quote.suffix ?? '',
      ...(position && position.end >= position.start && { start: position.start, end: position.end }),
    },
    kind: style.includes('underline') ? 'underline' : 'highlight',
    color: ((HIGHLIGHT_COLORS as readonly string[]).find((c) => style.includes(c)) as HighlightColor | undefined) ?? 'yellow',
    note,
    tags: bodies
      .filter((b) => b.purpose === 'tagging')
      .map((b) => b.value.trim())
      .filter(Boolean),
    created: a.created ?? null,
    modified: a.modified ?? null,
  };
}
