/** Saves a file: a download in the browser shell, the save dialog in Electron. */
function save(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(filename: string, mediaType: string, content: string): void {
  save(filename, new Blob([content], { type: `${mediaType};charset=utf-8` }));
}

export function downloadBase64(filename: string, mediaType: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  save(filename, new Blob([bytes], { type: mediaType }));
}
