// axe-core (WCAG 2.0/2.1 A and AA) on every screen in every language. One page per
// language: the data is seeded once through the UI, then each screen is reached by a
// client-side navigation (no reload) and scanned. Any violation fails the test, listed
// one per line with the screen, the rule, the element and what is wrong.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const LANGUAGES = ['en', 'ms', 'id', 'sk', 'fa'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Moves the app to `path` the way a link does, through the router's history listener. */
async function navigate(page: Page, path: string) {
  const here = new URL(page.url());
  if (here.pathname + here.search + here.hash === path) return settle(page, path);
  await page.evaluate((to) => {
    // Mark what is on screen now, so settle() can tell the next screen from this one.
    for (const element of document.querySelectorAll('main *')) element.setAttribute('data-old', '');
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await settle(page, path);
}

/**
 * Waits until the new screen has rendered (new elements with an h1, or an empty main for
 * a screen that renders nothing) and the DOM has been still for a moment.
 */
async function settle(page: Page, path: string) {
  await expect(page).toHaveURL((url) => url.pathname + url.search + url.hash === path);
  // New content with an h1 (or an empty main), and every lazily loaded chart drawn, so
  // the charts are scanned too. Checked again after the DOM has been still, because a
  // screen may briefly show stale data before its own loads.
  const ready = () =>
    page.waitForFunction(
      () => {
        const main = document.querySelector('main');
        if (!main) return false;
        if (main.children.length === 0) return true;
        const fresh =
          Boolean(main.querySelector('h1')) && Boolean(main.querySelector(':not([data-old])'));
        const charts = [...main.querySelectorAll('.chart-frame')];
        return fresh && charts.every((chart) => chart.querySelector('.recharts-surface'));
      },
      undefined,
      // The chart chunk is the largest; give a busy machine time to load and draw it.
      { timeout: 30_000 },
    );
  await ready();
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, 250);
        });
        let timer = setTimeout(done, 250);
        function done() {
          observer.disconnect();
          resolve();
        }
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
  await ready();
}

async function scan(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${screen}: ${violation.id} (${violation.impact ?? 'n/a'}) — ${violation.help}\n` +
        `    at ${node.target.join(' ')}: ${node.html.slice(0, 160)}\n` +
        `    ${(node.failureSummary ?? '').replace(/\n\s*/g, ' ')}`,
    ),
  );
}

async function startAssessment(page: Page, businessName: string): Promise<string> {
  await navigate(page, '/');
  await page.locator('#businessName').fill(businessName);
  await page.locator('form.new-assessment button[type=submit]').click();
  await expect(page).toHaveURL(/\/a\/[^/]+\/survey\/1$/);
  return /\/a\/([^/]+)\//.exec(page.url())![1]!;
}

async function answerAll(page: Page, id: string) {
  for (let step = 1; step <= 7; step++) {
    await navigate(page, `/a/${id}/survey/${step}`);
    for (const [index, fieldset] of (await page.locator('fieldset.scale').all()).entries()) {
      await fieldset.locator(`input[value="${((step + index) % 5) + 1}"]`).check();
    }
  }
  await expect(page.locator('.survey-progress progress')).toHaveAttribute('value', '25');
}

/** Opens the policy of a business through the policies screen; returns its id. */
async function startPolicy(page: Page, businessName: string): Promise<string> {
  await navigate(page, '/policy');
  await page.locator('#policy-choice').selectOption('another');
  await page.locator('#policy-businessName').fill(businessName);
  await page.locator('#policy-businessName').press('Enter');
  await expect(page).toHaveURL(/\/policy\/[^/]+\/vision$/);
  return /\/policy\/([^/]+)\//.exec(page.url())![1]!;
}

const SECTION_SIZES = {
  culture: 4,
  products: 4,
  feedback: 3,
  knowledge: 3,
  accessibility: 3,
  staff: 5,
  improvement: 3,
};

/** A workshop record, written straight to IndexedDB (no workshop UI needed to scan it). */
async function seedWorkshop(page: Page): Promise<string> {
  return page.evaluate(
    (SECTION_SIZES) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('centricity');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const now = Date.now();
          const workshop = {
            id: 'a11y-workshop',
            name: 'Evening class',
            createdAt: now,
            updatedAt: now,
          };
          const tx = db.transaction(['workshops', 'participantBlocks'], 'readwrite');
          tx.objectStore('workshops').put(workshop);
          // Two participants, so the dashboard and the projector's slides draw their charts;
          // stored as the app stores them, in one block (src/db/participant-blocks.ts).
          const participants = [2, 4].map((value, index) => {
            const answers: Record<string, number> = {};
            for (const [section, size] of Object.entries(SECTION_SIZES)) {
              for (let item = 1; item <= size; item++) answers[`${section}.${item}`] = value;
            }
            answers['culture.1'] = 1;
            return {
              id: `a11y-participant-${index}`,
              workshopId: workshop.id,
              fingerprint: `a11y:${index}`,
              label: index === 0 ? 'Seat 3' : null,
              answers,
              source: 'scan',
              addedAt: now + index,
            };
          });
          tx.objectStore('participantBlocks').put({
            id: 'a11y-block',
            workshopId: workshop.id,
            size: participants.length,
            participants,
          });
          tx.oncomplete = () => {
            db.close();
            resolve(workshop.id);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    SECTION_SIZES,
  );
}

/** A complaint log, a survey round and a problem for Corner Bakery (issue 17), written straight to IndexedDB. */
async function seedComplaintRecords(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('centricity');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const now = Date.now();
          const business = { businessName: 'Corner Bakery', context: '' };
          const tx = db.transaction(['complaints', 'customerSurveys', 'problems'], 'readwrite');
          for (const [index, fixed] of [true, false].entries()) {
            tx.objectStore('complaints').put({
              id: `a11y-complaint-${index}`,
              ...business,
              receivedAt: now - (index + 1) * 86_400_000,
              channel: index === 0 ? 'phone' : 'inPerson',
              category: index === 0 ? 'lateDelivery' : 'custom',
              customCategory: index === 0 ? '' : 'Parking',
              summary: index === 0 ? 'Bread came a day late' : 'No place to park',
              customerName: '',
              customerContact: '',
              receivedBy: '',
              solution: '',
              fixedOnTheSpot: fixed,
              promisedDate: null,
              actionTaken: '',
              escalated: !fixed,
              escalatedTo: fixed ? '' : 'Marta',
              followUpDate: null,
              followUpHow: '',
              customerSatisfied: null,
              compensation: '',
              prevention: '',
              recoverySteps: fixed ? ['listen', 'apologise'] : [],
              status: fixed ? 'resolved' : 'open',
              resolvedAt: fixed ? now - 86_400_000 : null,
              createdAt: now,
              updatedAt: now,
            });
          }
          for (const [index, date] of ['2026-01-15', '2026-03-15'].entries()) {
            tx.objectStore('customerSurveys').put({
              id: `a11y-survey-${index}`,
              ...business,
              date,
              label: '',
              csat: { responses: 20, satisfied: 14 + index * 3 },
              nps: { counts: [0, 1, 1, 0, 1, 2, 1, 3, 4, 4 + index, 3] },
              note: '',
              createdAt: now,
              updatedAt: now,
            });
          }
          tx.objectStore('problems').put({
            id: 'a11y-problem',
            ...business,
            title: 'Deliveries arrive after 6 pm',
            source: 'staff',
            categoryKey: null,
            frequency: 4,
            cost: 3,
            concrete: true,
            note: '',
            goal: null,
            createdAt: now,
            updatedAt: now,
          });
          tx.oncomplete = () => {
            db.close();
            resolve('a11y-complaint-1');
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

for (const language of LANGUAGES) {
  test(`every screen passes axe in ${language}`, async ({ page }) => {
    // About 40 scans in one test: two minutes was not enough at a load average of 20 on two cores.
    test.setTimeout(300_000);
    await page.addInitScript((lng) => localStorage.setItem('centricity.language', lng), language);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await settle(page, '/');

    const found: string[] = [];
    found.push(...(await scan(page, 'Home (empty)')));

    const done = await startAssessment(page, 'Corner Bakery');
    await answerAll(page, done);
    const open = await startAssessment(page, 'Harbour Café');
    await page.locator('fieldset.scale').first().locator('input[value="4"]').check();
    const workshop = await seedWorkshop(page);
    const complaint = await seedComplaintRecords(page);
    const bakery = '?business=Corner%20Bakery';

    for (let step = 1; step <= 7; step++) {
      await navigate(page, `/a/${open}/survey/${step}`);
      found.push(...(await scan(page, `Survey step ${step}`)));
    }
    // Finishing with statements unanswered shows a warning; scan that state too.
    await page.locator('.survey__nav button.button--primary').click();
    await expect(page.locator('.survey .notice--warning')).toBeVisible();
    found.push(...(await scan(page, 'Survey step 7, unanswered warning')));

    const screens: [string, string][] = [
      ['Home (with assessments)', '/'],
      ['Results', `/a/${done}/results`],
      ['Results (not complete)', `/a/${open}/results`],
      ['Action plan', `/a/${done}/plan`],
      ['Report', `/a/${done}/report`],
      ['Share', `/a/${done}/share`],
      ['Opened share link (broken)', '/s#not-a-code'],
      ['History', '/history'],
      ['Compare', `/compare?a=${done}&b=${open}`],
      ['Trend', '/trend'],
      ['Workshops', '/workshops'],
      ['Workshop', `/workshops/${workshop}`],
      ['Projector: invite and count', `/workshops/${workshop}/present?slide=1`],
      ['Projector: group total', `/workshops/${workshop}/present?slide=2`],
      ['Projector: section spread', `/workshops/${workshop}/present?slide=3`],
      ['Projector: weakest sections', `/workshops/${workshop}/present?slide=4`],
      ['Join a workshop (invite)', '/j#K7QX/Evening%20class'],
      ['Join a workshop (broken invite)', '/j#ab'],
      ['Show this to your trainer', `/a/${done}/show`],
      ['Complaint log', `/complaints${bakery}`],
      ['Complaint', `/complaints/${complaint}`],
      ['Complaint figures', `/complaints/figures${bakery}`],
      ['Customer surveys', `/complaints/surveys${bakery}`],
      ['Top three problems', `/complaints/problems${bakery}`],
      ['Settings', '/settings'],
      ['About', '/about'],
      ['Not found', '/no/such/page'],
      ['Assessment not found', '/a/does-not-exist/results'],
      ['Survey of a missing assessment', '/a/does-not-exist/survey/3'],
    ];
    for (const [screen, path] of screens) {
      await test.step(screen, async () => {
        await navigate(page, path);
        found.push(...(await scan(page, screen)));
      });
    }

    // The scanner, opened on the workshop page; this browser has no camera, so it shows
    // the "no camera" message and the photo fallback.
    await test.step('Workshop scanner (no camera)', async () => {
      await navigate(page, `/workshops/${workshop}`);
      await page.locator('.add-results__scan button').click();
      await expect(page.getByTestId('camera-problem')).toBeVisible();
      found.push(...(await scan(page, 'Workshop scanner (no camera)')));
    });

    // States that appear after an action (issue 14): notes unfolded, a goal form with its
    // date lists, a goal just added, a download confirmed, and the phone menu open.
    await test.step('Results, notes open', async () => {
      await navigate(page, `/a/${done}/results`);
      await page.getByTestId('section-notes').locator('summary').click();
      found.push(...(await scan(page, 'Results, notes open')));
    });
    await test.step('Action plan, goal form and a goal just added', async () => {
      await navigate(page, `/a/${done}/plan`);
      await page.locator('.advice-item button').first().click();
      await expect(page.locator('form.goal-form')).toBeVisible();
      found.push(...(await scan(page, 'Action plan, goal form open')));
      await page.locator('form.goal-form input[inputmode="decimal"]').fill('90');
      await page.locator('form.goal-form input[type="text"]').nth(1).fill('%');
      await page.locator('form.goal-form button[type="submit"]').click();
      await expect(page.locator('.goal-card--added')).toBeVisible();
      found.push(...(await scan(page, 'Action plan, goal just added')));
    });
    await test.step('Settings, backup saved', async () => {
      await navigate(page, '/settings');
      const download = page.waitForEvent('download');
      await page.locator('.data-panel__row button').first().click();
      await download;
      await expect(page.getByTestId('confirmation')).toBeVisible();
      found.push(...(await scan(page, 'Settings, backup saved')));
    });
    await test.step('Phone menu open', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('.menu-button').click();
      await expect(page.locator('.app-nav a').first()).toBeVisible();
      found.push(...(await scan(page, 'Phone menu open')));
    });

    expect(found, `axe violations in ${language}:\n${found.join('\n')}`).toEqual([]);
  });
}

/** A completed audit with weak feedback and accessibility, written straight to IndexedDB. */
async function seedAudit(page: Page, businessName: string): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('centricity');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const ids = [
            ...['culture.1', 'culture.2', 'culture.3', 'culture.4'],
            ...['products.1', 'products.2', 'products.3', 'products.4'],
            ...['feedback.1', 'feedback.2', 'feedback.3', 'knowledge.1', 'knowledge.2'],
            ...['knowledge.3', 'accessibility.1', 'accessibility.2', 'accessibility.3'],
            ...['staff.1', 'staff.2', 'staff.3', 'staff.4', 'staff.5'],
            ...['improvement.1', 'improvement.2', 'improvement.3'],
          ];
          const answers = Object.fromEntries(
            ids.map((id) => [id, id.startsWith('feedback') ? 2 : id.startsWith('access') ? 3 : 4]),
          );
          const now = Date.now();
          const tx = db.transaction('assessments', 'readwrite');
          tx.objectStore('assessments').put({
            id: 'a11y-audit',
            businessName: name,
            respondent: '',
            context: '',
            locale: 'en',
            answers,
            notes: {},
            createdAt: now - 1000,
            updatedAt: now,
            completedAt: now,
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    businessName,
  );
}

// The policy screens, in their own test per language so each test stays well inside its
// time limit on a busy machine.
for (const language of LANGUAGES) {
  test(`every policy screen passes axe in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript((lng) => localStorage.setItem('centricity.language', lng), language);
    // The policies screen opens the database (Home no longer does until its form is used).
    await page.goto('/policy');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await settle(page, '/policy');
    // The app has created its database (at the current version) before we write to it.
    await expect
      .poll(() =>
        page.evaluate(async () =>
          (await indexedDB.databases()).some((db) => db.name === 'centricity' && db.version! > 1),
        ),
      )
      .toBe(true);
    const found: string[] = [];
    found.push(...(await scan(page, 'Policies (empty)')));
    await seedAudit(page, 'Corner Bakery');
    // A complaint log too, so the evidence panel, the area badges and the rule review show it.
    await seedComplaintRecords(page);
    // Written behind Dexie's back, so the screen learns of the audit only on a reload.
    await page.reload();
    await settle(page, '/policy');

    // A policy for the audited business, with one saved standard and one saved version.
    const policy = await startPolicy(page, 'Corner Bakery');
    await navigate(page, `/policy/${policy}/standards`);
    await page.locator('.policy-step button.button--primary').click();
    await page.locator('#standard-new-text').fill('90 % of calls answered within 2 minutes');
    await page.locator('#standard-new-evidence').fill('Customers hang up after waiting');
    await page.locator('form.standard-editor button[type=submit]').click();
    await expect(page.locator('.standard-card')).toHaveCount(1);
    await navigate(page, `/policy/${policy}/document`);
    await page.locator('.policy-version-form button[type=submit]').click();
    await expect(page.locator('.policy-document__status')).not.toBeEmpty();

    const screens: [string, string][] = [
      ['Policies', '/policy'],
      ['Policy: vision', `/policy/${policy}/vision`],
      ['Policy: standards', `/policy/${policy}/standards`],
      ['Policy: areas and house rules', `/policy/${policy}/areas`],
      ['Policy: staff card', `/policy/${policy}/staff`],
      ['Policy: document', `/policy/${policy}/document`],
      ['Policy: saved versions and comparison', `/policy/${policy}/versions?a=1&b=draft`],
      ['Policy: one saved version', `/policy/${policy}/versions/1`],
      ['Policy not found', '/policy/no-such-policy/vision'],
    ];
    for (const [screen, path] of screens) {
      await test.step(screen, async () => {
        await navigate(page, path);
        found.push(...(await scan(page, screen)));
      });
    }

    // The standard editor with failing checks, and a house-rule form open.
    await navigate(page, `/policy/${policy}/standards`);
    await page.locator('.policy-step button.button--primary').click();
    await page.locator('#standard-new-text').fill('Answer quickly');
    await page.locator('form.standard-editor button[type=submit]').click();
    await expect(page.locator('#standard-new-text')).toHaveAttribute('aria-invalid', 'true');
    found.push(...(await scan(page, 'Policy: standard editor with failing checks')));
    await page.locator('form.standard-editor button[type=button]').last().click();
    await navigate(page, `/policy/${policy}/areas`);
    await page.locator('.house-rules > button').click();
    found.push(...(await scan(page, 'Policy: house-rule form')));

    expect(found, `axe violations in ${language}:\n${found.join('\n')}`).toEqual([]);
  });
}
