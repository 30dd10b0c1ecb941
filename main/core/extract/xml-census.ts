// Counts an XML stream's elements, its paragraphs (elements named p in any namespace: Word's w:p)
// and how deep its elements nest, a chunk at a time and without building anything: enough to tell
// whether a part is safe to hand to a reader that builds the whole tree in memory.

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const BRACKET = 0x5d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const COLON = 0x3a;

enum State {
  Text,
  /** Just after "<". */
  Open,
  Name,
  /** Inside a start tag, among its attributes. */
  Tag,
  Quoted,
  EndTag,
  /** A processing instruction or a declaration (<?xml …?>, <!DOCTYPE …>). */
  Declaration,
  Comment,
  CData,
}

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

export class XmlCensus {
  elements = 0;
  paragraphs = 0;
  /** The deepest nesting seen in any part. */
  deepest = 0;
  private depth = 0;
  private state = State.Text;
  /** The quote that opened an attribute value; the last byte of a tag that was not a space; a run of - or ]. */
  private quote = 0;
  private last = 0;
  private run = 0;
  private name = '';

  /** Each part is a document of its own. */
  startPart(): void {
    this.depth = 0;
    this.state = State.Text;
  }

  scan(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      switch (this.state) {
        case State.Text: {
          const at = chunk.indexOf(LT, i);
          if (at === -1) return;
          this.state = State.Open;
          i = at + 1;
          break;
        }
        case State.Open: {
          const b = chunk[i] ?? 0;
          if (b === SLASH) this.state = State.EndTag;
          else if (b === QUESTION) this.state = State.Declaration;
          else if (b === BANG) {
            const next = chunk[i + 1];
            // A chunk may end right after "<!": the rest then counts as a declaration, which is harmless.
            this.state = next === DASH ? State.Comment : next === 0x5b ? State.CData : State.Declaration;
            this.run = 0;
            if (next !== undefined) i++;
          } else {
            this.startElement();
            continue;
          }
          i++;
          break;
        }
        case State.Name: {
          const b = chunk[i] ?? 0;
          if (isSpace(b) || b === SLASH || b === GT) {
            this.endName();
            this.state = State.Tag;
            continue;
          }
          if (this.name.length < 32) this.name += b === COLON ? ':' : String.fromCharCode(b);
          i++;
          break;
        }
        case State.Tag: {
          const b = chunk[i] ?? 0;
          if (b === GT) {
            if (this.last === SLASH) this.depth--;
            this.state = State.Text;
          } else if (b === QUOTE || b === APOSTROPHE) {
            this.quote = b;
            this.state = State.Quoted;
          } else if (!isSpace(b)) this.last = b;
          i++;
          break;
        }
        case State.Quoted: {
          const at = chunk.indexOf(this.quote, i);
          if (at === -1) return;
          this.last = this.quote;
          this.state = State.Tag;
          i = at + 1;
          break;
        }
        case State.EndTag:
        case State.Declaration: {
          const at = chunk.indexOf(GT, i);
          if (at === -1) return;
          if (this.state === State.EndTag) this.depth--;
          this.state = State.Text;
          i = at + 1;
          break;
        }
        case State.Comment:
        case State.CData: {
          // Ends at "-->" or "]]>": a > after two or more of the closing character.
          const b = chunk[i] ?? 0;
          const closing = this.state === State.Comment ? DASH : BRACKET;
          if (b === GT && this.run >= 2) this.state = State.Text;
          this.run = b === closing ? this.run + 1 : 0;
          i++;
          break;
        }
      }
    }
  }

  private startElement(): void {
    this.elements++;
    this.depth++;
    if (this.depth > this.deepest) this.deepest = this.depth;
    this.name = '';
    this.last = 0;
    this.state = State.Name;
  }

  private endName(): void {
    if (this.name.slice(this.name.lastIndexOf(':') + 1) === 'p') this.paragraphs++;
  }
}
