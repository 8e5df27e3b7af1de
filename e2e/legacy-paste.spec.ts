/**
 * Issue 11, legacy encodings, in the Vietnamese UI through the browser host: Word's clipboard HTML
 * with .VnTime and .VnTimeH runs (TCVN3's ư as a soft hyphen) pastes as Unicode and the message
 * says how many paragraphs were converted; VNI plain text too; a one-byte TCVN3 .txt imports as
 * Unicode (into the headline too); and "Chuyển mã vùng chọn từ…" converts a VIQR selection after a preview, one Ctrl+Z back.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const vi = (_en: string, text: string): string => text;

/** What Word 2016 puts on the clipboard for two paragraphs typed in .VnTime, a heading in .VnTimeH. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:14.0pt; font-family:".VnTime";} --></style></head>
<body lang="VI"><!--StartFragment-->
<p class="MsoNormal" align="center"><b><span style='font-family:".VnTimeH"'>ban tuyªn gi¸o tØnh ñy</span></b></p>
<p class="MsoNormal">ViÖc phèi hîp tËp trung vµo c«ng t¸c x©y dùng v¨n b¶n, tham m&shy;u cho Th\u00adêng trùc TØnh ñy.</p>
<!--EndFragment--></body></html>`;

async function paste(ui: ReleasePage, html: string | null, text: string): Promise<void> {
  await ui.body.evaluate(
    (el, [h, t]) => {
      const data = new DataTransfer();
      if (h !== null) data.setData('text/html', h);
      data.setData('text/plain', t!);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text] as const,
  );
}

test('TCVN3 clipboard HTML and VNI text paste as Unicode, and the message says so', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  // Into the headline (a plain field) as into the body.
  await ui.headline.click();
  await ui.headline.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Héi nghÞ khoa gi¸o');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(ui.headline).toHaveValue('Hội nghị khoa giáo');
  await expect(app.page.getByTestId('legacy-notice')).toHaveText(/Đã chuyển 1 đoạn từ TCVN3 sang Unicode\./u);
  await ui.body.click();
  await paste(ui, WORD_HTML, 'ban tuyªn gi¸o tØnh ñy\nViÖc phèi hîp');
  await expect(ui.body.locator('p')).toHaveText(['BAN TUYÊN GIÁO TỈNH ỦY', 'Việc phối hợp tập trung vào công tác xây dựng văn bản, tham mưu cho Thường trực Tỉnh ủy.']);
  const notice = app.page.getByTestId('legacy-notice');
  await expect(notice).toHaveText(/Đã chuyển 2 đoạn từ TCVN3 sang Unicode\./u);
  await app.page.screenshot({ path: test.info().outputPath('legacy-paste.png') });
  await notice.getByRole('button', { name: 'Đóng' }).click();
  await expect(notice).toHaveCount(0);

  // Plain text (no fonts): recognised by its characters and syllables.
  // The close button had focus: back into the body, at its end.
  await ui.body.press('Control+End');
  await ui.body.press('Enter');
  await paste(ui, null, 'Tuyeân giaùo Tænh uûy Ñieän Bieân');
  await expect(ui.body.locator('p').last()).toHaveText('Tuyên giáo Tỉnh ủy Điện Biên');
  await expect(notice).toHaveText(/Đã chuyển 1 đoạn từ VNI sang Unicode\./u);

  // Unicode Vietnamese and English stay exactly as pasted, and say nothing.
  await notice.getByRole('button', { name: 'Đóng' }).click();
  await ui.body.press('Control+End');
  await ui.body.press('Enter');
  await paste(ui, '<p>Bà có nhà không? Go? I’m fine.</p>', 'Bà có nhà không? Go? I’m fine.');
  await expect(ui.body.locator('p').last()).toHaveText('Bà có nhà không? Go? I’m fine.');
  await expect(notice).toHaveCount(0);
});

test('a TCVN3 .txt saved as one-byte text imports as Unicode, with the message', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  // "Hội nghị khoa giáo" / "Đoạn một của bài." in TCVN3 bytes, as Word's "Plain text (Western)" saves them.
  const bytes = Buffer.from('H\u00e9i ngh\u00de khoa gi\u00b8o\r\n\r\n\u00a7o\u00b9n m\u00e9t c\u00f1a b\u00b5i.\r\n', 'latin1');
  await writeFile(join(app.workspace, 'cu.txt'), bytes);
  await app.answerPathPrompt('cu.txt');
  await ui.button('Import…', 'Nhập…').click();
  await expect(ui.headline).toHaveValue('Hội nghị khoa giáo');
  await expect(ui.body).toHaveText('Đoạn một của bài.');
  await expect(app.page.getByTestId('legacy-notice')).toHaveText(/Đã chuyển 2 đoạn từ TCVN3 sang Unicode\./u);
});

test('Chuyển mã vùng chọn từ… converts a VIQR selection after a preview; one Ctrl+Z takes it back', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  await ui.typeParagraphs(["Ban Tuye^n gia'o Ti?nh u?y DDie^.n Bie^n"]);
  // Select the paragraph from the keyboard and check the selection before acting on it.
  await app.page.keyboard.press('End');
  await app.page.keyboard.press('Shift+Home');
  await expect.poll(() => app.page.evaluate(() => window.getSelection()?.toString())).toBe("Ban Tuye^n gia'o Ti?nh u?y DDie^.n Bie^n");
  await app.page.keyboard.press('Shift+F10');
  await app.page.getByRole('menuitem', { name: 'Chuyển mã vùng chọn từ…' }).click();
  const dialog = app.page.getByTestId('legacy-convert-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('PressDesk đoán là VIQR (Tie^\'ng Vie^.t).')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /VIQR/u })).toBeChecked();
  await expect(dialog.getByTestId('legacy-after')).toHaveText('Ban Tuyên giáo Tỉnh ủy Điện Biên');
  // Another encoding: the preview follows, and nothing to convert disables the button.
  await dialog.getByRole('radio', { name: /^VNI/u }).check();
  await expect(dialog.getByTestId('legacy-after')).toHaveText("Ban Tuye^n gia'o Ti?nh u?y DDie^.n Bie^n");
  await expect(dialog.getByRole('button', { name: 'Chuyển mã' })).toBeDisabled();
  await dialog.getByRole('radio', { name: /VIQR/u }).check();
  await app.page.screenshot({ path: test.info().outputPath('legacy-convert.png') });
  await dialog.getByRole('button', { name: 'Chuyển mã' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(ui.body).toHaveText('Ban Tuyên giáo Tỉnh ủy Điện Biên');
  await app.page.keyboard.press('Control+z');
  await expect(ui.body).toHaveText("Ban Tuye^n gia'o Ti?nh u?y DDie^.n Bie^n");
});
