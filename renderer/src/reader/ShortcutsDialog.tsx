import { Dialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';

const SHORTCUTS = [
  ['Ctrl+O', 'open'],
  ['/  /  Ctrl+K', 'search'],
  ['Ctrl+F', 'find'],
  ['Ctrl+P', 'pdf'],
  [']  /  Alt+↓', 'nextSection'],
  ['[  /  Alt+↑', 'previousSection'],
  ['+  /  Ctrl+=', 'fontBigger'],
  ['-  /  Ctrl+-', 'fontSmaller'],
  ['O', 'focusOutline'],
  ['S  /  Shift+S', 'script'],
  ['A', 'panel'],
  ['I', 'intel'],
  ['E', 'editMetadata'],
  ['Esc', 'back'],
  ['Ctrl+Z', 'undo'],
  ['?', 'help'],
] as const;

export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">{t('shortcuts.title')}</Dialog.Title>
          <table className="shortcuts">
            <tbody>
              {SHORTCUTS.map(([keys, action]) => (
                <tr key={action}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{t(`shortcuts.${action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dialog-actions">
            <Dialog.Close className="button">{t('shortcuts.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
