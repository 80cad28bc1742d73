// axe-core (WCAG 2.0/2.1 A and AA) on every screen in every language. One page per
// language: the data is seeded once through the UI, then each screen is reached by a
// client-side navigation (no reload) and scanned. Any violation fails the test, listed
// one per line with the screen, the rule, the element and what is wrong.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ITEM_IDS } from '../../src/domain/instrument';
import { ActionPlanPage } from './pages/action-plan-page';
import { AppShell } from './pages/app-shell';
import { HomePage } from './pages/home-page';
import { LocalizedSurveyPage } from './pages/localized-survey-page';
import { PolicyPage } from './pages/policy-page';
import { ResultsPage } from './pages/results-page';
import { SettingsPage } from './pages/settings-page';
import { SurveyPage } from './pages/survey-page';
import { WorkshopPage } from './pages/workshop-page';
import { navigate, settle } from './support/client-navigation';
import { complaintRecord } from './support/complaint-record';
import { putRecords } from './support/indexed-db';

const LANGUAGES = ['en', 'ms', 'id', 'sk', 'fa'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

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

/** Opens each screen in turn, as a step of the test, and scans it. */
async function scanEach(page: Page, screens: readonly [string, string][]): Promise<string[]> {
  const found: string[] = [];
  for (const [screen, path] of screens) {
    await test.step(screen, async () => {
      await navigate(page, path);
      found.push(...(await scan(page, screen)));
    });
  }
  return found;
}

async function startAssessment(page: Page, businessName: string): Promise<string> {
  await navigate(page, '/');
  await new HomePage(page).startAssessment({ businessName });
  return new SurveyPage(page).assessmentId();
}

/** Answers every statement, step by step, with values that vary along the steps. */
async function answerAll(page: Page, id: string, survey: LocalizedSurveyPage) {
  for (let step = 1; step <= 7; step++) {
    await navigate(page, `/a/${id}/survey/${step}`);
    for (const [index, itemId] of (await survey.statementsShown()).entries()) {
      await survey.option(itemId, ((step + index) % 5) + 1).check();
    }
  }
  await expect(survey.progressBar).toHaveAttribute('value', '25');
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
  const now = Date.now();
  const business = { businessName: 'Corner Bakery', context: '' };
  const complaints = [true, false].map((fixed, index) =>
    complaintRecord({
      id: `a11y-complaint-${index}`,
      ...business,
      receivedAt: now - (index + 1) * 86_400_000,
      channel: index === 0 ? 'phone' : 'inPerson',
      category: index === 0 ? 'lateDelivery' : 'custom',
      customCategory: index === 0 ? '' : 'Parking',
      summary: index === 0 ? 'Bread came a day late' : 'No place to park',
      fixedOnTheSpot: fixed,
      escalated: !fixed,
      escalatedTo: fixed ? '' : 'Marta',
      recoverySteps: fixed ? ['listen', 'apologise'] : [],
      resolvedAt: fixed ? now - 86_400_000 : null,
      createdAt: now,
      updatedAt: now,
    }),
  );
  const customerSurveys = ['2026-01-15', '2026-03-15'].map((date, index) => ({
    id: `a11y-survey-${index}`,
    ...business,
    date,
    label: '',
    csat: { responses: 20, satisfied: 14 + index * 3 },
    nps: { counts: [0, 1, 1, 0, 1, 2, 1, 3, 4, 4 + index, 3] },
    note: '',
    createdAt: now,
    updatedAt: now,
  }));
  const problems = [
    {
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
    },
  ];
  await putRecords(page, { complaints, customerSurveys, problems });
  return 'a11y-complaint-1';
}

for (const language of LANGUAGES) {
  test(`every screen passes axe in ${language}`, async ({ page }) => {
    // About 40 scans in one test: two minutes was not enough at a load average of 20 on two cores.
    test.setTimeout(300_000);
    await page.addInitScript((lng) => localStorage.setItem('centricity.language', lng), language);
    await page.goto('/');
    const shell = new AppShell(page);
    await shell.expectLanguage(language);
    await settle(page, '/');

    const found: string[] = [];
    found.push(...(await scan(page, 'Home (empty)')));

    const survey = new LocalizedSurveyPage(page, language);
    const done = await startAssessment(page, 'Corner Bakery');
    await answerAll(page, done, survey);
    const open = await startAssessment(page, 'Harbour Café');
    await survey.option(ITEM_IDS[0]!, 4).check();
    const workshop = await seedWorkshop(page);
    const complaint = await seedComplaintRecords(page);
    const bakery = '?business=Corner%20Bakery';

    for (let step = 1; step <= 7; step++) {
      await navigate(page, `/a/${open}/survey/${step}`);
      found.push(...(await scan(page, `Survey step ${step}`)));
    }
    // Finishing with statements unanswered shows a warning; scan that state too.
    await survey.finish.click();
    await expect(survey.unansweredWarning).toBeVisible();
    found.push(...(await scan(page, 'Survey step 7, unanswered warning')));

    found.push(
      ...(await scanEach(page, [
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
      ])),
    );

    // The scanner, opened on the workshop page; this browser has no camera, so it shows
    // the "no camera" message and the photo fallback.
    await test.step('Workshop scanner (no camera)', async () => {
      await navigate(page, `/workshops/${workshop}`);
      const room = new WorkshopPage(page, language);
      await room.openScanner();
      await expect(room.cameraProblem).toBeVisible();
      found.push(...(await scan(page, 'Workshop scanner (no camera)')));
    });

    // States that appear after an action (issue 14): notes unfolded, a goal form with its
    // date lists, a goal just added, a download confirmed, and the phone menu open.
    await test.step('Results, notes open', async () => {
      await navigate(page, `/a/${done}/results`);
      await new ResultsPage(page).openNotes();
      found.push(...(await scan(page, 'Results, notes open')));
    });
    await test.step('Action plan, goal form and a goal just added', async () => {
      await navigate(page, `/a/${done}/plan`);
      const plan = new ActionPlanPage(page, language);
      await plan.makeGoalButton().first().click();
      const form = plan.newGoalForm;
      await expect(form.form).toBeVisible();
      found.push(...(await scan(page, 'Action plan, goal form open')));
      await form.targetValue.fill('90');
      await form.targetUnit.fill('%');
      await form.save.click();
      await expect(plan.justAdded).toBeVisible();
      found.push(...(await scan(page, 'Action plan, goal just added')));
    });
    await test.step('Settings, backup saved', async () => {
      await navigate(page, '/settings');
      await new SettingsPage(page, language).downloadBackup();
      await expect(page.getByTestId('confirmation')).toBeVisible();
      found.push(...(await scan(page, 'Settings, backup saved')));
    });
    await test.step('Phone menu open', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await shell.menuButton.click();
      await expect(shell.navigation.getByRole('link').first()).toBeVisible();
      found.push(...(await scan(page, 'Phone menu open')));
    });

    expect(found, `axe violations in ${language}:\n${found.join('\n')}`).toEqual([]);
  });
}

/** A completed audit with weak feedback and accessibility, written straight to IndexedDB. */
async function seedAudit(page: Page, businessName: string): Promise<void> {
  const answers = Object.fromEntries(
    ITEM_IDS.map((id) => [id, id.startsWith('feedback') ? 2 : id.startsWith('access') ? 3 : 4]),
  );
  const now = Date.now();
  await putRecords(page, {
    assessments: [
      {
        id: 'a11y-audit',
        businessName,
        respondent: '',
        context: '',
        locale: 'en',
        answers,
        notes: {},
        createdAt: now - 1000,
        updatedAt: now,
        completedAt: now,
      },
    ],
  });
}

// The policy screens, in their own test per language so each test stays well inside its
// time limit on a busy machine.
for (const language of LANGUAGES) {
  test(`every policy screen passes axe in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript((lng) => localStorage.setItem('centricity.language', lng), language);
    // The policies screen opens the database (Home no longer does until its form is used).
    await page.goto('/policy');
    await new AppShell(page).expectLanguage(language);
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
    const policy = new PolicyPage(page, language);
    const id = await policy.open('Corner Bakery');
    await settle(page, `/policy/${id}/vision`);
    await navigate(page, `/policy/${id}/standards`);
    await policy.draftStandard(
      '90 % of calls answered within 2 minutes',
      'Customers hang up after waiting',
    );
    await policy.saveStandard();
    await expect(policy.standardTexts()).toHaveCount(1);
    await navigate(page, `/policy/${id}/document`);
    await policy.saveVersion('', 1, (n) => n.toLocaleString(language));

    found.push(
      ...(await scanEach(page, [
        ['Policies', '/policy'],
        ['Policy: vision', `/policy/${id}/vision`],
        ['Policy: standards', `/policy/${id}/standards`],
        ['Policy: areas and house rules', `/policy/${id}/areas`],
        ['Policy: staff card', `/policy/${id}/staff`],
        ['Policy: document', `/policy/${id}/document`],
        ['Policy: saved versions and comparison', `/policy/${id}/versions?a=1&b=draft`],
        ['Policy: one saved version', `/policy/${id}/versions/1`],
        ['Policy not found', '/policy/no-such-policy/vision'],
      ])),
    );

    // The standard editor with failing checks, and a house-rule form open.
    await navigate(page, `/policy/${id}/standards`);
    await policy.draftStandard('Answer quickly', '');
    await policy.saveStandard();
    await expect(policy.standardText).toHaveAttribute('aria-invalid', 'true');
    found.push(...(await scan(page, 'Policy: standard editor with failing checks')));
    await policy.cancelStandard();
    await navigate(page, `/policy/${id}/areas`);
    await expect(await policy.openRuleForm()).toBeVisible();
    found.push(...(await scan(page, 'Policy: house-rule form')));

    expect(found, `axe violations in ${language}:\n${found.join('\n')}`).toEqual([]);
  });
}
