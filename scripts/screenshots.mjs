// Screenshots of the main screens at two phone widths and a desktop width in each given language,
// for looking at what we build. Needs a running server:
//   npm run build && npx vite preview --port 4173 &   node scripts/screenshots.mjs [out] [langs]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const out = process.argv[2] ?? 'screenshots';
const languages = (process.argv[3] ?? 'en,fa').split(',');
const widths = {
  phone: { width: 390, height: 844 },
  'small-phone': { width: 320, height: 640 },
  desktop: { width: 1280, height: 900 },
};
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

for (const language of languages) {
  for (const [device, viewport] of Object.entries(widths)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    await context.addInitScript(
      (lng) => localStorage.setItem('centricity.language', lng),
      language,
    );
    const page = await context.newPage();
    // The whole page in a window as tall as the page: a bar fixed to the window's bottom
    // stays at the bottom (a full-page capture leaves it where the window's bottom was).
    const shot = async (name) => {
      // Lazy parts (code, stored data) have arrived, so the page has its final height.
      await page.waitForLoadState('networkidle');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({
        width: viewport.width,
        height: Math.max(height, viewport.height),
      });
      await page.screenshot({ path: `${out}/${name}-${language}-${device}.png` });
      await page.setViewportSize(viewport);
    };

    await page.goto(base + '/');
    await page.locator('form.new-assessment').waitFor();
    await shot('home');
    await page.locator('#businessName').fill(language === 'fa' ? 'نانوایی سحر' : 'Corner Bakery');
    await page.locator('form.new-assessment button[type=submit]').click();
    await page.waitForURL(/survey\/1$/);
    const pattern = [4, 3, 5, 2, 4, 3, 4];
    for (let step = 1; step <= 7; step++) {
      // The step's heading comes first (painted while the audit is read); then its statements.
      await page.locator('fieldset.scale').first().waitFor();
      const names = await page
        .locator('fieldset.scale')
        .evaluateAll((sets) => sets.map((s) => s.dataset.item));
      for (const [index, name] of names.entries()) {
        await page
          .locator(`input[name="${name}"][value="${pattern[(step + index) % pattern.length]}"]`)
          .check();
      }
      if (step === 2) await shot('survey');
      if (step < 7) {
        await page.locator('a[rel=next]').click();
        await page.waitForURL(new RegExp(`survey/${step + 1}$`));
        // Wait for the new step's statements, not just the URL.
        await page.waitForFunction(
          (previous) => document.querySelector('fieldset.scale')?.dataset.item !== previous,
          names[0],
        );
      }
    }
    await page.locator('.survey__nav .button--primary').click();
    await page.waitForURL(/results$/).catch(async (error) => {
      await page.screenshot({ path: `${out}/FAILED-${language}-${device}.png`, fullPage: true });
      throw error;
    });
    // The total's scale (HTML) and the radar (recharts) drawn.
    await page.locator('.score-scale').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await shot('results');
    const assessmentUrl = page.url().replace(/\/results$/, '');
    for (const [name, path, ready] of [
      ['plan', `${assessmentUrl}/plan`, 'main form, main .card'],
      ['report', `${assessmentUrl}/report`, '.recharts-surface'],
      ['share', `${assessmentUrl}/share`, 'main img, main canvas'],
      ['history', `${base}/history`, 'main [data-testid="history-item"]'],
      ['workshops', `${base}/workshops`, 'main form'],
      ['settings', `${base}/settings`, 'main h2'],
    ]) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      await shot(name);
    }
    for (const [name, path] of [
      ['about', '/about'],
      ['complaints', '/complaints'],
      ['policy', '/policy'],
    ]) {
      await page.goto(base + path);
      await page.locator('main h1').waitFor();
      await shot(name);
    }
    // A workshop's dashboard, empty: created through the form, as a trainer does.
    await page.goto(base + '/workshops');
    await page.locator('main form.card input').first().fill('Retail 12 March');
    await page.locator('main form.card button[type=submit]').first().click();
    await page.waitForURL(/\/workshops\/[^/]+$/);
    await page.locator('main h1').waitFor();
    await page.locator('main img, main canvas').first().waitFor();
    await shot('workshop');
    await context.close();
  }
}
await browser.close();
console.log(`screenshots written to ${out}/`);
