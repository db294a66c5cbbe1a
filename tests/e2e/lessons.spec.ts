/** Every lesson's worksheet and knowledge check work and save (the tools have journeys of their own). */
import { builtPages, expect, isLessonPage, test } from './fixtures';

const lessons = builtPages().filter(isLessonPage);

for (const path of lessons) {
  test(`${path}: its worksheet and knowledge check save and come back after a reload`, async ({ page }) => {
    await page.goto(path);
    const check = page.getByRole('region', { name: 'Check your understanding' });
    await check.scrollIntoViewIfNeeded();
    const firstOption = check.getByRole('group').first().getByRole('radio').first();
    await expect(firstOption).toBeEnabled();
    await firstOption.check();
    await check.getByRole('button', { name: 'Check answer to question 1' }).click();
    await expect(check.getByText(/^(Right\.|Not quite\.)$/).first()).toBeVisible();
    await expect(check.getByText(/^0 of 1 right first time|^1 of 1 right first time/)).toBeVisible();

    const worksheet = page.locator('section.worksheet[data-worksheet]').first();
    const hasWorksheet = (await worksheet.count()) > 0;
    let typed: string | undefined;
    if (hasWorksheet) {
      await worksheet.scrollIntoViewIfNeeded();
      // A text question (number fields are text boxes too, but take only numbers).
      const textbox = worksheet.locator('input[type="text"]:not([inputmode]), textarea').first();
      await expect(textbox).toBeEnabled();
      typed = `Answer for ${path}`;
      await textbox.fill(typed);
      await expect(worksheet.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();
    }

    await page.reload();
    await check.scrollIntoViewIfNeeded();
    await expect(check.getByRole('group').first().getByRole('radio').first()).toBeChecked();
    if (hasWorksheet && typed) {
      await worksheet.scrollIntoViewIfNeeded();
      await expect(worksheet.locator('input[type="text"]:not([inputmode]), textarea').first()).toHaveValue(typed);
    }
  });
}
