import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

for (const language of ['en', 'vi'] as const) {
  test.describe(`main screen in ${language}`, () => {
    test.use({ language, firstRun: true });

    // Both themes (issue 10): the system's dark preference turns the chrome dark, the sheet stays white.
    for (const theme of ['light', 'dark'] as const) test(`has no serious or critical axe-core violations (${theme} theme)`, async ({ app }) => {
      const ui = new ReleasePage(app);
      await app.page.emulateMedia({ colorScheme: theme });
      await expect(app.page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(ui.body).toBeVisible();
      await expect(ui.headline).not.toHaveValue('');
      const results = await new AxeBuilder({ page: app.page }).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
    });
  });
}
