import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../api';

const installed: unknown[] = [];
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: unknown) => installed.push(menu),
  },
}));

const { buildMenuTemplate, installMenu } = await import('./menu');

type Item = MenuItemConstructorOptions;
const items = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const find = (list: Item[], label: string): Item => {
  const found = list.find((i) => i.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
};

function build(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const sent: MenuCommand[] = [];
  const clearRecentFiles = vi.fn();
  const template = buildMenuTemplate({
    language: 'en',
    recentFiles: ['/docs/hoi-nghi.pressdesk', '/docs/thong-cao.pressdesk'],
    isDev: false,
    isMac: false,
    send: (c) => sent.push(c),
    clearRecentFiles,
    ...overrides,
  });
  const click = (item: Item) => (item.click as () => void)();
  return { template, sent, clearRecentFiles, click };
}

describe('application menu', () => {
  it('File: Export… (Ctrl+Shift+X; Ctrl+E, Ctrl+I and Ctrl+Shift+E stay with the editor) and Import… send their commands', () => {
    const { template, sent, click } = build();
    const file = items(template[0]);
    expect(find(file, 'Export…').accelerator).toBe('CmdOrCtrl+Shift+X');
    // Print… (Ctrl/Cmd+P; the browser host's page handles the key itself, as Save).
    expect(find(file, 'Print…').accelerator).toBe('CmdOrCtrl+P');
    click(find(file, 'Print…'));
    expect(find(file, 'Import…').accelerator).toBeUndefined();
    click(find(file, 'Export…'));
    click(find(file, 'Import…'));
    expect(sent).toEqual([{ type: 'print' }, { type: 'export' }, { type: 'import' }]);
    const vi = items(build({ language: 'vi' }).template[0]);
    expect(vi.map((i) => i.label)).toEqual(expect.arrayContaining(['Xuất…', 'Nhập…']));
  });

  it("File: Merge a reviewer's copy… / Gộp bản góp ý… sends merge-review", () => {
    const { template, sent, click } = build();
    click(find(items(template[0]), "Merge a reviewer's copy…"));
    expect(sent).toEqual([{ type: 'merge-review' }]);
    expect(items(build({ language: 'vi' }).template[0]).map((i) => i.label)).toContain('Gộp bản góp ý…');
  });

  it('File: New kinds, Open, Open Recent, Save, Save As, Close, Quit with the usual shortcuts', () => {
    const { template, sent, click, clearRecentFiles } = build();
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const file = items(template[0]);
    const news = items(find(file, 'New'));
    expect(news.map((i) => i.label)).toEqual(['News article', 'Press release', 'Official notice']);
    click(news[2]!);
    expect(find(file, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(find(file, 'Save').accelerator).toBe('CmdOrCtrl+S');
    expect(find(file, 'Save As…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(find(file, 'Close').accelerator).toBe('CmdOrCtrl+W');
    expect(news[0]!.accelerator).toBe('CmdOrCtrl+N');
    expect(find(file, 'Quit PressDesk').role).toBe('quit');
    click(find(file, 'Save'));

    const recent = items(find(file, 'Open Recent'));
    expect(recent.map((i) => i.label)).toEqual(['hoi-nghi.pressdesk', 'thong-cao.pressdesk', undefined, 'Clear Recent']);
    click(recent[1]!);
    click(recent[3]!);
    expect(clearRecentFiles).toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'new', kind: 'notice' }, { type: 'save' }, { type: 'open-path', path: '/docs/thong-cao.pressdesk' }]);
  });

  it('Edit sends undo/redo as commands and uses roles for the clipboard', () => {
    const { template, sent, click } = build();
    const edit = items(template[1]);
    click(find(edit, 'Undo'));
    click(find(edit, 'Redo'));
    expect(sent).toEqual([{ type: 'undo' }, { type: 'redo' }]);
    expect(find(edit, 'Redo').accelerator).toBe('CmdOrCtrl+Y');
    expect(edit.filter((i) => i.role).map((i) => i.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('Edit ▸ Find… and Find and Replace… send find/replace; the keys reach the page', () => {
    const { template, sent, click } = build();
    const edit = items(template[1]);
    click(find(edit, 'Find…'));
    click(find(edit, 'Find and Replace…'));
    expect(sent).toEqual([{ type: 'find' }, { type: 'replace' }]);
    expect(find(edit, 'Find…').accelerator).toBe('CmdOrCtrl+F');
    expect(find(edit, 'Find and Replace…').accelerator).toBe('CmdOrCtrl+H');
    expect(find(edit, 'Find…').registerAccelerator).toBe(false);
  });

  it('Edit ▸ Convert selection from… sends convert-legacy (the dialog for the body\'s selection)', () => {
    const { template, sent, click } = build();
    click(find(items(template[1]), 'Convert selection from…'));
    expect(sent).toEqual([{ type: 'convert-legacy' }]);
  });

  it('View: reload and devtools only in development', () => {
    const roles = (isDev: boolean) => items(build({ isDev }).template[2]).map((i) => i.role).filter(Boolean);
    expect(roles(false)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(true)).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('speaks Vietnamese, and says when there are no recent files', () => {
    const { template } = build({ language: 'vi', recentFiles: [] });
    expect(template.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    const recent = items(find(items(template[0]), 'Mở tệp gần đây'));
    expect(recent[0]).toMatchObject({ label: 'Chưa có tệp nào', enabled: false });
    expect(recent.at(-1)).toMatchObject({ label: 'Xóa danh sách', enabled: false });
  });

  it('macOS: an app menu with Quit; Help has About', () => {
    const { template, sent, click } = build({ isMac: true });
    expect(template[0]!.role).toBe('appMenu');
    expect(items(template[1]).some((i) => i.role === 'quit')).toBe(false);
    click(items(template.at(-1))[0]!);
    expect(sent).toEqual([{ type: 'about' }]);
  });

  it('installs the built menu', () => {
    installMenu({ language: 'en', recentFiles: [], isDev: false, isMac: false, send: () => undefined, clearRecentFiles: () => undefined });
    expect(installed).toHaveLength(1);
  });
});
