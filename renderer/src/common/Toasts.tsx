import { Toast } from 'radix-ui';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Notice {
  message: string;
  action?: { label: string; run: () => void };
}

interface Shown extends Notice {
  key: number;
}

const NotifyContext = createContext<((notice: Notice) => void) | null>(null);

/** Short notices at the bottom of the window, with an optional action such as Undo (Radix Toast). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown[]>([]);
  const notify = useCallback(
    (notice: Notice) => setShown((list) => [...list.slice(-2), { ...notice, key: Date.now() + Math.random() }]),
    [],
  );
  const close = (key: number) => setShown((list) => list.filter((n) => n.key !== key));
  const value = useMemo(() => notify, [notify]);

  return (
    <NotifyContext.Provider value={value}>
      <Toast.Provider duration={8000} swipeDirection="right">
        {children}
        {shown.map((notice) => (
          <Toast.Root key={notice.key} className="toast" onOpenChange={(open) => !open && close(notice.key)}>
            <Toast.Description className="toast-message">{notice.message}</Toast.Description>
            {notice.action && (
              <Toast.Action
                className="button button-small toast-action"
                altText={notice.action.label}
                onClick={() => {
                  notice.action?.run();
                  close(notice.key);
                }}
              >
                {notice.action.label}
              </Toast.Action>
            )}
          </Toast.Root>
        ))}
        <Toast.Viewport className="toast-viewport" label={t('app.notifications')} />
      </Toast.Provider>
    </NotifyContext.Provider>
  );
}

export function useNotify(): (notice: Notice) => void {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify outside ToastProvider');
  return notify;
}
