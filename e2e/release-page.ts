/**
 * The PressDesk screen as the specs see it: every locator in one place, by accessible name
 * first (what a screen-reader user hears), test ids only where a name cannot be unique.
 */
import type { Locator, Page } from '@playwright/test';
import type { PressDeskApp } from './fixtures';

export class ReleasePage {
  constructor(
    readonly app: PressDeskApp,
    readonly t: (en: string, vi: string) => string = (en) => en,
  ) {}

  get page(): Page {
    return this.app.page;
  }
  get headline(): Locator {
    return this.page.getByTestId('headline');
  }
  get sapo(): Locator {
    return this.page.getByTestId('sapo');
  }
  get body(): Locator {
    return this.page.locator('[data-testid="editor-body"] .ProseMirror');
  }
  get wordCount(): Locator {
    return this.page.getByTestId('status-words');
  }
  get savedState(): Locator {
    return this.page.getByTestId('status-saved');
  }
  get fileName(): Locator {
    return this.page.getByTestId('status-file');
  }
  get alert(): Locator {
    return this.page.getByTestId('error-alert');
  }
  button(en: string, vi?: string): Locator {
    return this.page.getByRole('button', { name: this.t(en, vi ?? en), exact: true });
  }
  field(en: string, vi?: string): Locator {
    return this.page.getByLabel(this.t(en, vi ?? en), { exact: true });
  }

  async open(path: string): Promise<void> {
    await this.app.answerPathPrompt(path);
    await this.button('Open', 'Mở').click();
  }

  async saveAs(path: string): Promise<void> {
    await this.app.answerPathPrompt(path);
    await this.button('Save as', 'Lưu thành').click();
  }

  /**
   * Ctrl+B, then wait until the editor shows it (the Bold button's pressed state) before typing on:
   * a person sees the button change; a test on a loaded 2-core machine must not outrun the editor.
   */
  async toggleBold(on: boolean): Promise<void> {
    await this.page.keyboard.press('Control+b');
    await this.page
      .getByRole('button', { name: this.t('Bold', 'Đậm'), exact: true })
      .and(this.page.locator(`[aria-pressed="${on}"]`))
      .waitFor();
  }

  /** Types into the body as a person does; `**text**` segments are typed with Bold on. */
  async typeParagraphs(paragraphs: string[]): Promise<void> {
    await this.body.click();
    for (const [index, paragraph] of paragraphs.entries()) {
      if (index > 0) await this.page.keyboard.press('Enter');
      for (const [i, part] of paragraph.split('**').entries()) {
        if (i % 2 === 1) await this.toggleBold(true);
        await this.page.keyboard.insertText(part);
        if (i % 2 === 1) await this.toggleBold(false);
      }
    }
  }
}
