/**
 * The application menu, in the UI language. Document actions are sent to the renderer as commands
 * (it owns the document); clipboard, zoom and quit use Electron's roles. Rebuilt whenever the
 * language or the recent files change.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { Language, MenuCommand } from '../api';
import { MENU_STRINGS } from './menu-strings';

export interface MenuOptions {
  language: Language;
  recentFiles: readonly string[];
  isDev: boolean;
  isMac: boolean;
  send(command: MenuCommand): void;
  clearRecentFiles(): void;
}

export function buildMenuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const t = MENU_STRINGS[o.language];
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => o.send(cmd),
  });

  const recent: MenuItemConstructorOptions[] =
    o.recentFiles.length === 0
      ? [{ label: t.noRecent, enabled: false }]
      : o.recentFiles.map((path) => ({ label: basename(path), toolTip: path, click: () => o.send({ type: 'open-path', path }) }));

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      {
        label: t.new,
        submenu: [
          command(t.newNews, { type: 'new', kind: 'news' }, 'CmdOrCtrl+N'),
          command(t.newPress, { type: 'new', kind: 'press' }),
          command(t.newNotice, { type: 'new', kind: 'notice' }),
        ],
      },
      command(t.open, { type: 'open' }, 'CmdOrCtrl+O'),
      {
        label: t.openRecent,
        submenu: [...recent, { type: 'separator' }, { label: t.clearRecent, enabled: o.recentFiles.length > 0, click: o.clearRecentFiles }],
      },
      { type: 'separator' },
      command(t.save, { type: 'save' }, 'CmdOrCtrl+S'),
      command(t.saveAs, { type: 'save-as' }, 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      // Ctrl+E / Ctrl+I belong to the editor (Ctrl+I is italic); Ctrl+Shift+E is Suggesting mode (Word's Track changes).
      command(t.exportRelease, { type: 'export' }, 'CmdOrCtrl+Shift+X'),
      command(t.print, { type: 'print' }, 'CmdOrCtrl+P'),
      command(t.importFile, { type: 'import' }),
      command(t.mergeReview, { type: 'merge-review' }),
      { type: 'separator' },
      command(t.settings, { type: 'settings' }, 'CmdOrCtrl+,'),
      { type: 'separator' },
      command(t.close, { type: 'close' }, 'CmdOrCtrl+W'),
      ...(o.isMac ? [] : [{ type: 'separator' } as const, { label: t.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      // registerAccelerator false (Windows/Linux): the key reaches the page, so the editor and
      // plain inputs keep their own undo; the menu item still sends the command when clicked.
      { ...command(t.undo, { type: 'undo' }, 'CmdOrCtrl+Z'), registerAccelerator: false },
      { ...command(t.redo, { type: 'redo' }, o.isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'), registerAccelerator: false },
      { type: 'separator' },
      command(t.insertPhoto, { type: 'insert-photo' }, 'CmdOrCtrl+Shift+P'),
      { type: 'separator' },
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' },
      { type: 'separator' },
      // As undo: the key reaches the page (the find bar opens from any field); a click sends the command.
      { ...command(t.find, { type: 'find' }, 'CmdOrCtrl+F'), registerAccelerator: false },
      { ...command(t.replace, { type: 'replace' }, o.isMac ? 'Alt+CmdOrCtrl+F' : 'CmdOrCtrl+H'), registerAccelerator: false },
      { type: 'separator' },
      // Text in TCVN3/VNI/VIQR that paste or import left alone (renderer/editor/legacy-convert-dialog.tsx).
      command(t.convertLegacy, { type: 'convert-legacy' }),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(o.isDev
        ? [{ label: t.reload, role: 'reload' } as const, { label: t.devTools, role: 'toggleDevTools' } as const, { type: 'separator' } as const]
        : []),
      { label: t.actualSize, role: 'resetZoom' },
      { label: t.zoomIn, role: 'zoomIn' },
      { label: t.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: t.fullScreen, role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = { label: t.help, role: 'help', submenu: [command(t.about, { type: 'about' })] };

  // macOS puts Quit (and the app's own items) under the application-name menu.
  const macApp: MenuItemConstructorOptions[] = o.isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            command(t.about, { type: 'about' }),
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { label: t.quit, role: 'quit' },
          ],
        },
      ]
    : [];

  return [...macApp, file, edit, view, help];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
