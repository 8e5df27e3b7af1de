// @vitest-environment jsdom
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FootnoteDialog } from '../editor/footnote-dialog';
import { LinkDialog } from '../editor/link-dialog';
import { initI18n } from '../i18n';
import { NameDialog } from '../review/name-dialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom's <dialog> has no close(); Modal calls it when it goes away.
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};

let root: Root | null = null;
let host: HTMLElement;

async function show(dialog: ReactElement): Promise<void> {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(dialog));
}

const buttons = (): HTMLButtonElement[] => [...host.querySelectorAll<HTMLButtonElement>('.modal-actions button')];
const row = (): string[] => buttons().map((b) => `${b.type}:${b.textContent}${b.classList.contains('primary') ? ' (primary)' : ''}${b.disabled ? ' (disabled)' : ''}`);
const click = async (label: string): Promise<void> => {
  await act(async () => buttons().find((b) => b.textContent === label)!.click());
};

beforeAll(async () => {
  await initI18n('vi');
});

function hide(): void {
  act(() => root?.unmount());
  root = null;
  host.remove();
}

afterEach(hide);

describe('DialogActions in the footnote, link and name dialogs', () => {
  it('footnote: Insert disabled while empty, no Remove for a new note; an existing one has Apply, Remove, Cancel', async () => {
    const onAnswer = vi.fn();
    await show(<FootnoteDialog text="" number={null} onAnswer={onAnswer} />);
    expect(row()).toEqual(['submit:Chèn (primary) (disabled)', 'button:Hủy']);
    hide();
    await show(<FootnoteDialog text="Theo Cục Thống kê." number={2} onAnswer={onAnswer} />);
    expect(row()).toEqual(['submit:Lưu (primary)', 'button:Xóa chú thích', 'button:Hủy']);
    await click('Xóa chú thích');
    await click('Hủy');
    await click('Lưu');
    expect(onAnswer.mock.calls).toEqual([['remove'], ['cancel'], [{ text: 'Theo Cục Thống kê.' }]]);
  });

  it('link: Remove only when the link has a target; the primary button submits the form', async () => {
    const onAnswer = vi.fn();
    await show(<LinkDialog href="" onAnswer={onAnswer} />);
    expect(row()).toHaveLength(2);
    hide();
    await show(<LinkDialog href="https://dienbien.gov.vn" onAnswer={onAnswer} />);
    expect(buttons().map((b) => b.type)).toEqual(['submit', 'button', 'button']);
    await click(buttons()[1]!.textContent!);
    await click(buttons()[0]!.textContent!);
    expect(onAnswer.mock.calls).toEqual([['remove'], [{ href: 'https://dienbien.gov.vn' }]]);
  });

  it('name: OK and Cancel only', async () => {
    const onAnswer = vi.fn();
    await show(<NameDialog onAnswer={onAnswer} />);
    expect(row()).toHaveLength(2);
    expect(buttons()[0]!.type).toBe('submit');
    await click('Hủy');
    expect(onAnswer).toHaveBeenCalledWith('cancel');
  });
});
