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

export interface StaticFile {
  file: string;
  contentType: string;
}

/**
 * The file under `root` for a URL path, or the app's index.html for any other path (the renderer
 * routes itself). Paths that would leave `root` resolve to index.html too.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = '/';
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const inside = candidate === root || candidate.startsWith(root + path.sep);
  const file = inside && fs.statSync(candidate, { throwIfNoEntry: false })?.isFile() ? candidate : path.join(root, 'index.html');
  return { file, contentType: CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}
