// The only bridge between the sandboxed renderer and the main process: one function that carries
// a ReaderApi call over IPC. Nothing else of Node or Electron reaches the page.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('readerBridge', {
  invoke: (method: string, args: unknown) => ipcRenderer.invoke('reader:invoke', method, args),
});
