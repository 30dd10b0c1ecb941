// HTML → a DOM, in time that does not grow with the square of the nesting. htmlparser2 keeps its
// open elements in an array it shifts at every tag, so each tag costs as much as the depth it is
// at: 330,000 unclosed <b> (1 MB) take half a minute. Parsing stops where the depth passes a bound
// no page reaches by its layout alone; then the styling tags that sloppy pages leave unclosed
// (<font>, <span>, <b> …) are taken out and the page is parsed again, and only a page nested too
// deep without them is refused.
import { type Document, DomHandler } from 'domhandler';
import { Parser } from 'htmlparser2';
import { ReaderError } from '../../../shared/errors.js';
import { MAX_HTML_DEPTH } from '../../../shared/limits.js';

class TooDeep extends Error {}

class DepthLimitedHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    // The stack holds the document too, hence the elements open are one fewer.
    if (this.tagStack.length > MAX_HTML_DEPTH) throw new TooDeep();
    super.onopentag(name, attribs);
  }
}

function parseWithinDepth(html: string): Document | null {
  const handler = new DepthLimitedHandler();
  try {
    new Parser(handler, { decodeEntities: true }).end(html);
  } catch (error) {
    if (error instanceof TooDeep) return null;
    throw error;
  }
  return handler.root;
}

/** Start and end tags that only style text; `[^<>]*` rather than `[^>]*` keeps a run of unfinished tags linear. */
const STYLING_TAGS = /<\/?(?:font|span|b|i|u|s|em|strong|small|big|strike|tt|mark|sup|sub)(?=[\s/>])[^<>]*>/gi;

export function parseHtml(html: string): Document {
  const document = parseWithinDepth(html) ?? parseWithinDepth(html.replace(STYLING_TAGS, ''));
  if (!document) throw new ReaderError('TOO_DEEPLY_NESTED', { limit: MAX_HTML_DEPTH });
  return document;
}
