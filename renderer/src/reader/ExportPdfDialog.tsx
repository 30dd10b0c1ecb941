import { Dialog } from 'radix-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayScript } from '../../../shared/display-script.js';
import type { ReaderDocument } from '../../../shared/library.js';
import { PDF_LAYOUTS, type PdfLayout } from '../../../shared/pdf.js';
import { useApi } from '../app/ApiContext.js';
import { Choice } from '../common/Choice.js';
import { downloadBase64 } from '../common/download.js';
import { useNotify } from '../common/Toasts.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { ScriptMenu } from '../script/ScriptMenu.js';

/** 导出 PDF: layout and script, then the file — a download, or Electron's save dialog. */
export function ExportPdfDialog({ doc, script, onClose }: { doc: ReaderDocument; script: DisplayScript; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [layout, setLayout] = useState<PdfLayout>('reading');
  const [chosenScript, setChosenScript] = useState(script);
  const [started, setStarted] = useState<number | null>(null);
  const [elapsed, setElapsed] = useState(0);

  useEffect(() => {
    if (started === null) return;
    const timer = window.setInterval(() => setElapsed(Math.round((performance.now() - started) / 1000)), 500);
    return () => window.clearInterval(timer);
  }, [started]);

  const run = async () => {
    setStarted(performance.now());
    try {
      const file = await api.exportPdf({ id: doc.id, script: chosenScript, layout });
      downloadBase64(file.filename, 'application/pdf', file.data);
      notify({ message: t('pdf.done', { pages: file.pages }) });
      if (file.missing.length > 0) notify({ message: t('pdf.missing', { chars: file.missing.map((m) => m.char).join(' ') }) });
      onClose();
    } catch (error) {
      notify({ message: errorMessage(error) });
      setStarted(null);
    }
  };

  const busy = started !== null;
  return (
    <Dialog.Root open onOpenChange={(open) => !open && !busy && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog-title">{t('pdf.title')}</Dialog.Title>
          <Dialog.Description className="dialog-description">{t('pdf.description')}</Dialog.Description>
          <Choice<PdfLayout>
            label={t('pdf.layout')}
            value={layout}
            options={PDF_LAYOUTS.map((v) => ({ value: v, label: t(`pdf.layouts.${v}`) }))}
            onChange={setLayout}
          />
          <div className="settings-row">
            <span className="settings-label">{t('script.display.label')}</span>
            <ScriptMenu value={chosenScript} original={doc.script} onChange={setChosenScript} />
          </div>
          {busy && (
            <p className="pdf-progress" role="status">
              <progress aria-label={t('pdf.working')} />
              {t('pdf.working')} {elapsed > 0 && t('pdf.elapsed', { seconds: elapsed })}
            </p>
          )}
          <div className="dialog-actions">
            <Dialog.Close className="button" disabled={busy}>
              {t('pdf.cancel')}
            </Dialog.Close>
            <button type="button" className="button button-primary" onClick={() => void run()} disabled={busy}>
              {t('pdf.export')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
