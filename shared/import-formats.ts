// What the importer takes, by file extension; the renderer filters dropped folders with it too.

export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'doc' | 'pdf' | 'ofd' | 'image';

export const FORMAT_OF_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.docx': 'docx',
  // WPS Office's .wps is a Word binary document in the same compound file.
  '.doc': 'doc',
  '.wps': 'doc',
  '.pdf': 'pdf',
  // GB/T 33190 electronic documents, as OA systems send them.
  '.ofd': 'ofd',
  // A page photographed or scanned to an image: its text is recognised.
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.tif': 'image',
  '.tiff': 'image',
};

/** Formats refused with a message that says to save them as .docx. */
export const LEGACY_EXTENSIONS: ReadonlySet<string> = new Set(['.rtf']);

/** Extensions an import takes (the legacy ones too, so that each gets its message). */
export const IMPORT_EXTENSIONS: readonly string[] = [...Object.keys(FORMAT_OF_EXTENSION), ...LEGACY_EXTENSIONS];

const IMPORTABLE = new Set(IMPORT_EXTENSIONS);

/** Whether an import takes a file of this name (the legacy formats too, to refuse them with a reason). */
export function isImportable(name: string): boolean {
  return IMPORTABLE.has(extensionOf(name));
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot < name.lastIndexOf('/') ? '' : name.slice(dot).toLowerCase();
}
