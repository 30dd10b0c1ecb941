import { type BrowserWindow, screen } from 'electron';
import type { Library } from '../core/library/library.js';

interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const KEY = 'window';
const DEFAULT: WindowState = { width: 1280, height: 860, maximized: false };

/** The saved window bounds, if they still fit on a connected display. */
export function savedWindowState(library: Library): WindowState {
  const state = library.shellState<WindowState>(KEY) ?? DEFAULT;
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = screen
    .getAllDisplays()
    .some(({ workArea: a }) => x >= a.x && y >= a.y && x < a.x + a.width && y < a.y + a.height);
  return visible ? state : { ...state, x: undefined, y: undefined };
}

export function rememberWindowState(window: BrowserWindow, library: Library): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    library.setShellState(KEY, { ...bounds, maximized: window.isMaximized() } satisfies WindowState);
  });
}
