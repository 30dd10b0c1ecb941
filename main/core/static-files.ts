import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.map': 'application/json; charset=utf-8',
};

/** Longer than any file the build writes; longer paths are not looked up at all. */
const MAX_PATH = 1024;

export interface StaticFile {
  file: string;
  contentType: string;
}

/**
 * The file under `root` for a URL path, or the app's index.html for any other path (the renderer
 * routes itself). Paths that would leave `root`, or that no file system could hold (a NUL, a name
 * too long), resolve to index.html too: a URL never reaches the file system unchecked.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile {
  const candidate = candidateFile(root, urlPath);
  const file = candidate && isFile(candidate) ? candidate : path.join(root, 'index.html');
  return { file, contentType: CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}

function candidateFile(root: string, urlPath: string): string | null {
  if (urlPath.length > MAX_PATH) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return candidate === root || candidate.startsWith(root + path.sep) ? candidate : null;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    // ENAMETOOLONG, ELOOP, EACCES …: not a file this server serves.
    return false;
  }
}
