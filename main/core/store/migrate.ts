import type Database from 'better-sqlite3';
import initial from './migrations/0001-initial.js';
import editsDeletionPositions from './migrations/0002-edits-deletion-positions.js';
import annotations from './migrations/0003-annotations.js';
import annotationOrder from './migrations/0004-annotation-order.js';
import displayScripts from './migrations/0005-display-scripts.js';
import annotationSearch from './migrations/0006-annotation-search.js';
import originals from './migrations/0007-originals.js';
import contentHashWithoutSpace from './migrations/0008-content-hash-without-space.js';
import documentEvidence from './migrations/0009-document-evidence.js';
import documentsByTitle from './migrations/0010-documents-by-title.js';
import searchFacts from './migrations/0011-search-facts.js';
import tableBlocks from './migrations/0012-table-blocks.js';
import recognition from './migrations/0013-recognition.js';
import documentParts from './migrations/0014-document-parts.js';
import force from './migrations/0015-force.js';

/** Forward-only migrations; migration N brings the schema from user_version N-1 to N. */
const MIGRATIONS: readonly string[] = [
  initial,
  editsDeletionPositions,
  annotations,
  annotationOrder,
  displayScripts,
  annotationSearch,
  originals,
  contentHashWithoutSpace,
  documentEvidence,
  documentsByTitle,
  searchFacts,
  tableBlocks,
  recognition,
  documentParts,
  force,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`the library was written by a newer version of Policy Reader (schema ${current} > ${SCHEMA_VERSION})`);
  }
  for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version - 1] ?? '');
      db.pragma(`user_version = ${version}`);
    })();
  }
}
