import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/commands.js';

/** Runs a handler when the desktop shell's menu (main/electron/menu.ts) sends one of the commands. */
export function useCommand(command: MenuCommand | readonly MenuCommand[], handler: (command: MenuCommand) => void): void {
  const current = useRef(handler);
  current.current = handler;
  const key = typeof command === 'string' ? command : command.join(' ');
  useEffect(() => {
    const commands = new Set(key.split(' '));
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<string>).detail;
      if (commands.has(detail)) current.current(detail as MenuCommand);
    };
    window.addEventListener('reader-command', listener);
    return () => window.removeEventListener('reader-command', listener);
  }, [key]);
}
