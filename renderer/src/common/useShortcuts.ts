import { useEffect, useRef } from 'react';

/**
 * Keyboard shortcuts for a view: keys like "mod+o" (Ctrl, or ⌘ on macOS), "alt+arrowdown", "]",
 * "?". Plain keys are ignored while the user types in a field.
 */
export function useShortcuts(shortcuts: Record<string, (event: KeyboardEvent) => void>): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = navigator.platform.startsWith('Mac') ? event.metaKey : event.ctrlKey;
      const name = `${mod ? 'mod+' : ''}${event.altKey ? 'alt+' : ''}${event.key.toLowerCase()}`;
      const handler = current.current[name];
      if (!handler) return;
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]') !== null;
      if (typing && !mod) return;
      event.preventDefault();
      handler(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
