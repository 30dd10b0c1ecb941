import { useEffect, useRef } from 'react';

/** Radix dialogs, popovers and menus handle their own keys, Escape first of all. */
function belongsToOverlay(event: KeyboardEvent): boolean {
  const target = event.target as Element | null;
  if (target?.closest?.('[role="dialog"], [role="alertdialog"], [role="menu"]')) return true;
  return (
    event.key === 'Escape' && document.querySelector(':is([role="dialog"], [role="alertdialog"])[data-state="open"]') !== null
  );
}

/**
 * Keyboard shortcuts for a view: keys like "mod+o" (Ctrl, or ⌘ on macOS), "alt+arrowdown", "]",
 * "?". Plain keys are ignored while the user types in a field (Alt+← / Alt+→ are not).
 */
export function useShortcuts(shortcuts: Record<string, (event: KeyboardEvent) => void>): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = navigator.platform.startsWith('Mac') ? event.metaKey : event.ctrlKey;
      const name = `${mod ? 'mod+' : ''}${event.altKey ? 'alt+' : ''}${event.key.toLowerCase()}`;
      const handler = current.current[name];
      if (!handler || event.defaultPrevented || belongsToOverlay(event)) return;
      const typing = (event.target as Element | null)?.closest?.('input, textarea, select, [contenteditable="true"]');
      // Alt+← and Alt+→ are the history's Back and Forward, in a field as anywhere.
      const history = event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight');
      if (typing && !mod && !history) return;
      event.preventDefault();
      handler(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
