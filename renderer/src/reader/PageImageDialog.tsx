import { Dialog } from 'radix-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DoubtfulSpan } from '../../../shared/policy.js';
import { useApi } from '../app/ApiContext.js';

/** The scanned page a doubtful stretch of recognised text was read from, to check it against. */
export function PageImageDialog({ docId, doubt, onClose }: { docId: string; doubt: DoubtfulSpan | null; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [image, setImage] = useState<{ page: number; src: string } | { page: number; error: string } | null>(null);
  const page = doubt?.page ?? null;

  useEffect(() => {
    if (page === null) return;
    let live = true;
    setImage(null);
    api.pageImage({ id: docId, page }).then(
      ({ mime, data }) => live && setImage({ page, src: `data:${mime};base64,${data}` }),
      (error: unknown) => live && setImage({ page, error: String((error as { message?: string }).message ?? error) }),
    );
    return () => {
      live = false;
    };
  }, [api, docId, page]);

  return (
    <Dialog.Root open={doubt !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog page-image-dialog" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">
            {t('reader.pageImage.title', { page: page ?? 0, confidence: doubt?.confidence ?? 0 })}
          </Dialog.Title>
          <div className="page-image">
            {image === null || image.page !== page ? (
              <p role="status">{t('reader.pageImage.loading')}</p>
            ) : 'error' in image ? (
              <p role="alert">{image.error}</p>
            ) : (
              <img src={image.src} alt={t('reader.pageImage.alt', { page })} />
            )}
          </div>
          <div className="dialog-actions">
            <Dialog.Close className="button">{t('reader.pageImage.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
