import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

for (const language of ['en', 'vi'] as const) {
  test.describe(`main screen in ${language}`, () => {
    test.use({ language, firstRun: true });

    test('has no serious or critical axe-core violations', async ({ app }) => {
      const ui = new ReleasePage(app);
      await expect(ui.body).toBeVisible();
      await expect(ui.headline).not.toHaveValue('');
      const results = await new AxeBuilder({ page: app.page }).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
    });
  });
}
