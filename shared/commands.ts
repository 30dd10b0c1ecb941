import type { DisplayScript } from './display-script.js';

/**
 * Commands the desktop shell's menu sends to the renderer, which owns their behaviour: the menu
 * dispatches a 'reader-command' event whose detail is one of these.
 */
export type MenuCommand =
  | 'import'
  | 'back'
  | 'font-bigger'
  | 'font-smaller'
  | 'shortcuts'
  | 'search'
  | 'find'
  | 'export-pdf'
  | 'edit-metadata'
  | 'departments'
  | 'citations'
  | 'trash'
  | 'script-next'
  | `script:${DisplayScript}`;
