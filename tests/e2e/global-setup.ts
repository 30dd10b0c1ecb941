import fs from 'node:fs';
import { createRequire } from 'node:module';

/** Says once, up front, why the Electron project's specs are skipped on this machine. */
export default function globalSetup(): void {
  let binary: unknown = null;
  try {
    binary = createRequire(import.meta.url)('electron');
  } catch {
    binary = null;
  }
  if (typeof binary !== 'string' || !fs.existsSync(binary)) {
    console.log(
      'e2e: the [electron] specs are skipped: the Electron binary is not installed here (its download needs the network).',
    );
  }
}
