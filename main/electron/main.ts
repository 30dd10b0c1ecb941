// The desktop shell: a window, the app:// protocol serving the built renderer, and the ReaderApi
// over IPC. It holds no logic of its own: the core does the work.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, net, protocol, session } from 'electron';
import { createReaderApi, dispatch } from '../core/api/reader-api.js';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy.js';
import { Library } from '../core/library/library.js';
import { packageRoot } from '../core/paths.js';
import { resolveStaticFile } from '../core/static-files.js';
import { SHELL_BLOCKING_WAIT_MS } from '../core/store/busy.js';
import { applicationMenu } from './menu.js';
import { rememberWindowState, savedWindowState } from './window-state.js';

const ORIGIN = 'app://reader';
const root = app.isPackaged ? app.getAppPath() : packageRoot(import.meta.url);
const rendererDir = path.join(root, 'dist', 'renderer');
const seedsDir = app.isPackaged ? path.join(process.resourcesPath, 'seeds') : path.join(root, 'seeds');

// Tests and IT can point the app at another library folder.
if (process.env.POLICY_READER_DATA_DIR) app.setPath('userData', path.resolve(process.env.POLICY_READER_DATA_DIR));

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  void app.whenReady().then(() => {
    const library = Library.open({
      dataDir: app.getPath('userData'),
      seedsDir,
      sqliteBinding: app.isPackaged ? undefined : process.env.POLICY_READER_SQLITE_BINDING,
      blockingWaitMs: SHELL_BLOCKING_WAIT_MS,
    });
    const api = createReaderApi(library);
    app.on('will-quit', () => library.close());

    protocol.handle('app', async (request) => {
      const { file } = resolveStaticFile(rendererDir, new URL(request.url).pathname);
      const response = await net.fetch(pathToFileURL(file).toString());
      const headers = new Headers(response.headers);
      headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      return new Response(response.body, { status: response.status, headers });
    });

    // Offline by construction: nothing but the app's own origin may load, and no permission is granted.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !details.url.startsWith(`${ORIGIN}/`) && !details.url.startsWith('devtools://') });
    });
    session.defaultSession.setPermissionRequestHandler((_, __, callback) => callback(false));
    // The CSP again on every response, whatever serves it (the app:// handler sets it too).
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });

    ipcMain.handle('reader:invoke', (event, method: unknown, args: unknown) => {
      if (!event.senderFrame?.url.startsWith(`${ORIGIN}/`) || typeof method !== 'string') {
        return { ok: false, error: { code: 'UNAUTHORIZED', params: {} } };
      }
      return dispatch(api, method, args);
    });

    const state = savedWindowState(library);
    window = new BrowserWindow({
      ...state,
      minWidth: 720,
      minHeight: 480,
      show: false,
      title: '政策阅读器',
      webPreferences: {
        // Reviewed (Electronegativity asks for it): the preload exposes one function, invoke(method,
        // args), over contextBridge, and the core validates every call against its schema.
        preload: path.join(root, 'dist', 'electron', 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
        // A middle click must not open a link in a new window.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    if (state.maximized) window.maximize();
    rememberWindowState(window, library);
    window.webContents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${ORIGIN}/`)) event.preventDefault();
    });
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window.once('ready-to-show', () => window?.show());
    Menu.setApplicationMenu(applicationMenu(() => window));
    void window.loadURL(`${ORIGIN}/index.html`);
  });

  app.on('window-all-closed', () => app.quit());
}
