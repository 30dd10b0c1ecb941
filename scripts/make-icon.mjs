// Draws build/icon.png (1024 × 1024), the app's icon for electron-builder: a red seal-like square
// holding a white page with lines of text. Run once; the PNG is committed.
import fs from 'node:fs';
import zlib from 'node:zlib';

const SIZE = 1024;
const pixels = Buffer.alloc(SIZE * SIZE * 4);
const set = (x, y, [r, g, b, a]) => {
  const i = (y * SIZE + x) * 4;
  pixels[i] = r;
  pixels[i + 1] = g;
  pixels[i + 2] = b;
  pixels[i + 3] = a;
};
const rounded = (x, y, x0, y0, x1, y1, radius) => {
  const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
  const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
  return x >= x0 && x < x1 && y >= y0 && y < y1 && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const RED = [185, 28, 28, 255];
const PAPER = [250, 248, 242, 255];
const INK = [120, 113, 108, 255];
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    let color = [0, 0, 0, 0];
    if (rounded(x, y, 64, 64, 960, 960, 180)) color = RED;
    if (rounded(x, y, 272, 200, 752, 824, 24)) color = PAPER;
    // Lines of text on the page; the first, the title, is centred and shorter.
    for (let line = 0; line < 7; line++) {
      const top = 300 + line * 70;
      const [left, right] = line === 0 ? [380, 644] : line === 6 ? [336, 560] : [336, 688];
      if (y >= top && y < top + 26 && x >= left && x < right) color = line === 0 ? RED : INK;
    }
    set(x, y, color);
  }
}
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, tail]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8;
ihdr[9] = 6;
fs.mkdirSync('build', { recursive: true });
fs.writeFileSync(
  'build/icon.png',
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);
console.log('build/icon.png');
