import { app, type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/commands.js';

/**
 * Sends a command as if the user had pressed its key in the page: with a user gesture, so that
 * "import" may open the file chooser (Electron shows the native open dialog for it).
 */
function send(window: BrowserWindow | undefined, command: MenuCommand): void {
  void window?.webContents.executeJavaScript(
    `window.dispatchEvent(new CustomEvent('reader-command', { detail: '${command}' }))`,
    true,
  );
}

export function applicationMenu(getWindow: () => BrowserWindow | undefined): Menu {
  const item = (label: string, accelerator: string | undefined, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    ...(accelerator && { accelerator }),
    click: () => send(getWindow(), command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '文件',
      submenu: [
        item('导入文件…', 'CmdOrCtrl+O', 'import'),
        item('导出 PDF…', 'CmdOrCtrl+P', 'export-pdf'),
        { type: 'separator' },
        item('回收站…', undefined, 'trash'),
        item('返回文库', 'Escape', 'back'),
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
        { type: 'separator' },
        item('在文中查找…', 'CmdOrCtrl+F', 'find'),
        item('全文搜索…', 'CmdOrCtrl+K', 'search'),
        { type: 'separator' },
        item('编辑文件信息…', 'CmdOrCtrl+I', 'edit-metadata'),
      ],
    },
    {
      label: '视图',
      submenu: [
        item('增大字号', 'CmdOrCtrl+=', 'font-bigger'),
        item('减小字号', 'CmdOrCtrl+-', 'font-smaller'),
        { type: 'separator' },
        {
          label: '文字',
          submenu: [
            item('切换文字', 'CmdOrCtrl+Shift+J', 'script-next'),
            { type: 'separator' },
            item('原文', undefined, 'script:original'),
            item('简体（大陆）', undefined, 'script:cn'),
            item('繁體（台灣）', undefined, 'script:tw'),
            item('繁體（香港）', undefined, 'script:hk'),
            item('繁體（台灣用語）', undefined, 'script:twp'),
          ],
        },
        { type: 'separator' },
        item('部门分工', undefined, 'departments'),
        item('引用关系', undefined, 'citations'),
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu', label: '窗口' },
    { label: '帮助', submenu: [item('键盘快捷键', 'Shift+/', 'shortcuts')] },
  ];
  return Menu.buildFromTemplate(template);
}
