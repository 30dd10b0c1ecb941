// A structural check of an OLE compound file ([MS-CFB]) before any library reads it: every sector
// chain the file's directory uses must stay inside the file and end without a loop, and the directory
// tree must be a tree. The readers (cfb, word-extractor) follow chains without such checks, so a
// damaged or hostile .doc would have them loop until memory runs out.
import { ReaderError } from '../../../shared/errors.js';

const FORMAT = 'Word / WPS (.doc, .wps)';
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT = 109;
const ENTRY_BYTES = 128;
const MINI_SECTOR = 64;

function damaged(reason: string): never {
  throw new ReaderError('DAMAGED_FILE', { format: FORMAT, reason });
}

export function checkCompoundFile(bytes: Uint8Array): void {
  if (bytes.length < 512) damaged('shorter than a compound file header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const shift = u16(0x1e);
  if ((shift !== 9 && shift !== 12) || u16(0x20) !== 6) damaged('unknown sector size');
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size) + ((bytes.length - size) % size > 0 ? 1 : 0);
  const offsetOf = (sector: number) => size + sector * size;
  const inFile = (sector: number) => sector < sectors;

  // The FAT's own sectors: 109 in the header, the rest along the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) {
    const sector = u32(0x4c + 4 * i);
    if (sector === FREE) continue;
    if (!inFile(sector)) damaged('a FAT sector outside the file');
    fatSectors.push(sector);
  }
  const seenDifat = new Set<number>();
  for (let sector = u32(0x44), n = u32(0x48); n > 0 && sector !== END_OF_CHAIN && sector !== FREE; n--) {
    if (!inFile(sector) || seenDifat.has(sector)) damaged('a broken DIFAT chain');
    seenDifat.add(sector);
    for (let i = 0; i < size / 4 - 1; i++) {
      const fat = u32(offsetOf(sector) + 4 * i);
      if (fat === FREE) continue;
      if (!inFile(fat)) damaged('a FAT sector outside the file');
      fatSectors.push(fat);
    }
    sector = u32(offsetOf(sector) + size - 4);
  }
  if (fatSectors.length === 0 || fatSectors.length > sectors) damaged('a FAT of the wrong size');
  const next = (sector: number): number => {
    const fat = fatSectors[Math.floor(sector / (size / 4))];
    return fat === undefined ? FREE : u32(offsetOf(fat) + 4 * (sector % (size / 4)));
  };

  /** A chain's sectors, checked: inside the file, no sector twice, ended as it should be. */
  const chain = (start: number, follow: (s: number) => number, limit: number): number[] => {
    const out: number[] = [];
    const seen = new Set<number>();
    for (let sector = start; sector !== END_OF_CHAIN; sector = follow(sector)) {
      if (sector >= limit || seen.has(sector) || out.length >= limit) damaged('a broken sector chain');
      seen.add(sector);
      out.push(sector);
    }
    return out;
  };

  const directory = chain(u32(0x30), next, sectors);
  const entries = (directory.length * size) / ENTRY_BYTES;
  const entryAt = (i: number) => offsetOf(directory[Math.floor((i * ENTRY_BYTES) / size)] ?? 0) + ((i * ENTRY_BYTES) % size);
  const cutoff = u32(0x38);
  const miniFat = u32(0x3c) === END_OF_CHAIN ? [] : chain(u32(0x3c), next, sectors);
  const root = entryAt(0);
  const miniSectors = Math.ceil(u32(root + 0x78) / MINI_SECTOR);
  const nextMini = (sector: number): number => {
    const fat = miniFat[Math.floor(sector / (size / 4))];
    return fat === undefined ? FREE : u32(offsetOf(fat) + 4 * (sector % (size / 4)));
  };
  if (u32(root + 0x78) > 0) chain(u32(root + 0x74), next, sectors);

  // The directory is a tree from the root's child: no entry reached twice.
  const visited = new Set<number>([0]);
  const pending = [u32(root + 0x4c)];
  while (pending.length > 0) {
    const id = pending.pop() as number;
    if (id === NO_STREAM) continue;
    if (id >= entries || visited.has(id)) damaged('a broken directory');
    visited.add(id);
    const entry = entryAt(id);
    pending.push(u32(entry + 0x44), u32(entry + 0x48), u32(entry + 0x4c));
    if (bytes[entry + 0x42] !== 2) continue;
    const length = u32(entry + 0x78);
    if (length === 0) continue;
    const small = length < cutoff;
    const used = small ? chain(u32(entry + 0x74), nextMini, miniSectors) : chain(u32(entry + 0x74), next, sectors);
    if (used.length * (small ? MINI_SECTOR : size) < length) damaged('a stream longer than its sectors');
  }
}
