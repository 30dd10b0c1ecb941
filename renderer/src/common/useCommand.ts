import { useEffect, useRef } from 'react';

/** Commands that the desktop shell's menu sends (main/electron/menu.ts). */
export type Command = 'import' | 'back' | 'font-bigger' | 'font-smaller' | 'shortcuts';

export function useCommand(command: Command, handler: () => void): void {
  const current = useRef(handler);
  current.current = handler;
  useEffect(() => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<string>).detail === command) current.current();
    };
    window.addEventListener('reader-command', listener);
    return () => window.removeEventListener('reader-command', listener);
  }, [command]);
}
