// Every main screen fits a 320 px phone without sideways scrolling, whatever fonts the
// phone has (issue 12): the same walk runs with the page's font forced to DejaVu Sans
// (Debian's default) and to Noto Sans (what most phones ship), in English, Slovak (long
// words, diacritics) and Persian (right to left). Chromium's own report of the fonts it
// drew with (DevTools protocol) proves each forced font was really used.
import { expect, test, type Page } from '@playwright/test';
import { encodeShareCode, shareLink } from '../../src/domain/share-code';
import { ITEM_IDS, type AnswerValue } from '../../src/domain/instrument';
import { AppShell } from './pages/app-shell';
import { expectFits, openAndSettle } from './support/layout';

const FONTS = ['DejaVu Sans', 'Noto Sans'] as const;
const LANGUAGES = ['en', 'sk', 'fa'] as const;

/** Names as long as people write them, in the language being tested. */
const NAMES = {
  en: {
    business: 'Harbourside Bakery & Coffee Roasters Ltd',
    person: 'Alexandra Montgomery-Smith',
  },
  sk: {
    business: 'Pekáreň a cukráreň u Jána Nepomuckého, s. r. o.',
    person: 'Ľudmila Šťastná-Krčmárová',
  },
  fa: { business: 'نانوایی و شیرینی‌فروشی سحرخیزان تهران', person: 'سارا رضایی‌نژاد' },
};

function answers(shift: number) {
  return Object.fromEntries(
    ITEM_IDS.map((id, index) => [id, (((index + shift) % 5) + 1) as AnswerValue]),
  ) as Record<(typeof ITEM_IDS)[number], AnswerValue>;
}

/** Records written straight to IndexedDB, as the app would store them. */
async function seed(page: Page, language: keyof typeof NAMES) {
  const names = NAMES[language];
  const now = Date.now();
  // The app creates its database lazily (Home on a first visit never opens it); opening
  // it here first would create an empty one under the app's feet. History opens it.
  // expect.poll awaits each check (waitForFunction took the returned promise as truthy).
  await page.goto('/history');
  await expect
    .poll(
      () =>
        page.evaluate(async () =>
          (await indexedDB.databases()).some((db) => db.name === 'centricity' && db.version),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const request = indexedDB.open('centricity');
              request.onsuccess = () => {
                const ready = request.result.objectStoreNames.contains('participantBlocks');
                request.result.close();
                resolve(ready);
              };
              request.onerror = () => resolve(false);
            }),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
  const day = 86_400_000;
  await page.evaluate(
    ({ names, now, day, first, second, language }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('centricity');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(
            ['assessments', 'actionPlans', 'workshops', 'participantBlocks'],
            'readwrite',
          );
          const assessment = (id: string, answers: object, at: number) => ({
            id,
            businessName: names.business,
            respondent: names.person,
            context: 'MBA 2026, skupina B',
            locale: language,
            answers,
            notes: { culture: `${names.person}: ${names.business}` },
            createdAt: at,
            updatedAt: at,
            completedAt: at,
          });
          tx.objectStore('assessments').put(assessment('layout-1', first, now - 90 * day));
          tx.objectStore('assessments').put(assessment('layout-2', second, now));
          tx.objectStore('actionPlans').put({
            assessmentId: 'layout-2',
            goals: [
              {
                id: 'goal-1',
                sectionId: 'feedback',
                adviceId: null,
                what: `${names.business}: answer every complaint within one working day`,
                targetValue: 95,
                targetUnit: '%',
                owner: names.person,
                dueDate: '2030-06-30',
                status: 'inProgress',
                createdAt: now,
                updatedAt: now,
              },
            ],
            nextAuditDate: '2030-09-01',
            carriedOverFrom: null,
            updatedAt: now,
          });
          tx.objectStore('workshops').put({
            id: 'layout-workshop',
            name: `${names.business} — workshop`,
            createdAt: now,
            updatedAt: now,
          });
          // Stored as the app stores them: in one block (src/db/participant-blocks.ts).
          const participants = Array.from({ length: 6 }, (_, index) => ({
            id: `layout-p${index}`,
            workshopId: 'layout-workshop',
            fingerprint: `csv:layout:${index}`,
            label: index % 2 ? `${names.business} — ${names.person}` : null,
            answers: index % 2 ? first : second,
            source: 'csv',
            addedAt: now + index,
          }));
          tx.objectStore('participantBlocks').put({
            id: 'layout-block',
            workshopId: 'layout-workshop',
            size: participants.length,
            participants,
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { names, now, day, first: answers(1), second: answers(3), language },
  );
}

/** The families Chromium drew the heading and the body text with. */
async function fontsUsed(page: Page): Promise<string[]> {
  const client = await page.context().newCDPSession(page);
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const { root } = await client.send('DOM.getDocument', { depth: -1 });
  const families = new Set<string>();
  for (const selector of ['main h1', 'main p, main td, main li']) {
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) continue;
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) families.add(font.familyName);
  }
  await client.detach();
  return [...families];
}

for (const font of FONTS) {
  for (const language of LANGUAGES) {
    test(`every main screen fits 320 px in ${font} (${language})`, async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({
        viewport: { width: 320, height: 640 },
        deviceScaleFactor: 1,
      });
      await context.addInitScript(
        ({ language, font }) => {
          localStorage.setItem('centricity.language', language);
          // The page's font, forced: an injected stylesheet wins over the app's own.
          const force = () => {
            const style = document.createElement('style');
            style.textContent = `*, *::before, *::after { font-family: '${font}' !important; }`;
            document.head.append(style);
          };
          if (document.head) force();
          else document.addEventListener('DOMContentLoaded', force);
        },
        { language, font },
      );
      const page = await context.newPage();
      await page.goto('/');
      await new AppShell(page).expectLanguage(language);
      await seed(page, language);
      const code = encodeShareCode({
        answers: answers(2),
        assessmentId: 'shared-layout',
        completedAt: Date.now(),
        names: { businessName: NAMES[language].business, respondent: NAMES[language].person },
      });

      const screens: [string, string][] = [
        ['Home', '/'],
        ['Survey', '/a/layout-2/survey/6'],
        ['Results', '/a/layout-2/results'],
        ['Action plan', '/a/layout-2/plan'],
        ['Report', '/a/layout-2/report'],
        ['Share', '/a/layout-2/share'],
        ['Opened share link', new URL(shareLink('http://x', code)).pathname + `#${code}`],
        ['History', '/history'],
        ['Compare', '/compare?a=layout-1&b=layout-2'],
        ['Trend', `/trend?business=${encodeURIComponent(NAMES[language].business)}`],
        ['Workshops', '/workshops'],
        ['Workshop', '/workshops/layout-workshop'],
        ['Settings', '/settings'],
        ['About', '/about'],
      ];
      for (const [screen, path] of screens) {
        await test.step(screen, async () => {
          await openAndSettle(page, path);
          if (screen === 'Home') expect(await fontsUsed(page)).toContain(font);
          await expectFits(page, `${screen} (${font}, ${language})`);
        });
      }
      await context.close();
    });
  }
}
