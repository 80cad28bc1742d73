// The customer-service policy (issue 18) from start to printed document: a vision, two
// standards (one refused as not measurable until a number is added), three policy
// areas, a saved version, and the document printed to PDF in English and Persian; then
// every version survives export → delete all → import; and the ties to the action plan.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Complaint } from '../../src/domain/complaints';
import { AppShell } from './pages/app-shell';
import { PolicyPage } from './pages/policy-page';
import { SettingsPage } from './pages/settings-page';
import { SurveyPage } from './pages/survey-page';
import { complaintRecord } from './support/complaint-record';
import { isoInDays, pickDate } from './support/date-field';

// Where the PDF pages are rendered as images to be looked at (outside the repository).
const OUT = process.env.POLICY_PNG_DIR ?? '/tmp/policy-pdf';

const persianDigits = (n: number) => n.toLocaleString('fa');

const CONTENT = {
  en: {
    business: 'Corner Bakery',
    vision: {
      futureReasons: 'Bread is fresh every morning\nWe know regulars by name',
      customerReasons: 'It is always fresh\nThey remember my order',
      innovationSteps: 'Phone orders\nMistakes fixed the same day',
      keyElements: 'Freshness, recognition, putting things right',
      verbs: 'bake, greet, fix',
    },
    statement:
      'We bake fresh every morning, greet regulars by name and fix any mistake on the spot.',
    vague: 'Answer the phone quickly',
    measurable: 'Answer 90 % of calls within 2 minutes',
    evidence: 'Customers told us they hang up after waiting on the phone',
    second: 'Every order delivered within 3 working days',
    secondEvidence: 'Late deliveries were the top complaint last quarter',
    areas: {
      speed: 'Nobody waits more than 5 minutes at the counter.',
      complaints: 'The owner calls back every complaint the same day.',
      followUp: 'Every receipt shows a name and a phone number to call.',
    },
  },
  fa: {
    business: 'نانوایی سحر',
    vision: {
      futureReasons: 'نان هر صبح تازه است\nمشتری‌ها را به نام می‌شناسیم',
      customerReasons: 'همیشه تازه است',
      innovationSteps: 'سفارش تلفنی',
      keyElements: 'تازگی، آشنایی، جبران',
      verbs: 'پختن، شناختن، جبران',
    },
    statement: 'هر صبح نان تازه می‌پزیم و هر اشتباهی را همان‌جا جبران می‌کنیم.',
    vague: 'تلفن را سریع جواب بدهید',
    measurable: '۹۰٪ تماس‌ها ظرف ۲ دقیقه پاسخ داده شوند',
    evidence: 'مشتریان از انتظار طولانی پشت تلفن گله کردند',
    second: 'هر سفارش ظرف ۳ روز کاری تحویل شود',
    secondEvidence: 'تأخیر در تحویل بیشترین شکایت فصل پیش بود',
    areas: {
      speed: 'هیچ مشتری بیش از ۵ دقیقه پشت پیشخوان منتظر نمی‌ماند.',
      complaints: 'صاحب مغازه همان روز با هر شاکی تماس می‌گیرد.',
      followUp: 'روی هر رسید نام و شمارهٔ تماس نوشته شده است.',
    },
  },
} as const;

async function useLanguage(page: Page, language: 'en' | 'fa') {
  await page.addInitScript((lng) => localStorage.setItem('centricity.language', lng), language);
}

for (const language of ['en', 'fa'] as const) {
  test(`write a vision, two standards and three areas, then print the policy (${language})`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await useLanguage(page, language);
    const content = CONTENT[language];
    const policy = new PolicyPage(page, language);
    const digits = language === 'fa' ? persianDigits : String;

    await policy.open(content.business);
    await new AppShell(page).expectLanguage(language);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(content.business);

    // The vision: five prompts, then the statement with the verbs beside it.
    await policy.writeVision(content.vision, content.statement);
    await expect(policy.verbs).toHaveCount(3);

    // A standard without a number is refused; adding one lets it through.
    await policy.step('standards');
    await policy.draftStandard(content.vague, content.evidence);
    const text = policy.standardText;
    await expect(policy.standardCheck('measurable')).toHaveAttribute('data-ok', 'false');
    await policy.saveStandard();
    await expect(text).toHaveAttribute('aria-invalid', 'true');
    await expect(policy.editor()).toContainText(policy.t('standards.errors.notMeasurable'));
    await expect(policy.standardTexts()).toHaveCount(0);
    await text.fill(content.measurable);
    await expect(policy.failingChecks).toHaveCount(0);
    await policy.saveStandard();
    await expect(policy.standardTexts()).toHaveText([content.measurable]);

    await policy.draftStandard(content.second, content.secondEvidence);
    await policy.saveStandard();
    await expect(policy.standardTexts()).toHaveText([content.measurable, content.second]);

    // Three policy areas.
    await policy.step('areas');
    await policy.answerAreas(content.areas);

    // Everything is still there after a reload (stored, not just on screen).
    await page.reload();
    for (const [area, answer] of Object.entries(content.areas)) {
      const name = policy.t(`areas.names.${area}`);
      await expect(page.getByLabel(policy.t('areas.answer', { area: name }))).toHaveValue(answer);
    }

    // The document: save version 1, then print it.
    await policy.step('document');
    const document = page.getByTestId('policy-document');
    await expect(document).toContainText(content.statement);
    await policy.saveVersion(language === 'fa' ? 'نسخهٔ نخست' : 'first version', 1, digits);
    await expect(document).toContainText(
      policy.t('document.isVersion', { number: digits(1), date: '' }).trim(),
    );

    const pdfs = await policy.printToPdf(OUT);
    await testInfo.attach('pdf-text', { body: pdfs[0]!.text, contentType: 'text/plain' });
    for (const { text: pdfText, pages } of pdfs) {
      // One or two pages, with the policy and nothing of the app around it.
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      const flat = pdfText.replace(/\s+/g, ' ');
      for (const expected of [
        content.business,
        policy.t('document.vision'),
        policy.t('document.standards'),
        policy.t('areas.names.speed'),
        policy.t('staff.steps.understand.title'),
      ])
        expect(flat).toContain(expected);
      if (language === 'en') {
        expect(flat).toContain(content.measurable);
        expect(flat).toContain(content.second);
        expect(flat).toContain(content.areas.complaints);
        expect(flat).toContain('We bake fresh every morning');
        expect(flat).not.toContain('Workshops');
        expect(flat).not.toContain(content.vague);
      } else {
        // Persian digits stay as typed; the words of each part are there.
        expect(flat).toContain('۹۰٪');
        expect(flat).toContain('دقیقه');
        expect(flat).toContain('تحویل');
        expect(flat).not.toContain('کارگاه‌ها');
      }
    }
    expect(errors).toEqual([]);
  });
}

test('export → delete all → import restores every saved version of a policy', async ({ page }) => {
  test.setTimeout(120_000);
  const policy = new PolicyPage(page);
  const id = await policy.open('Harbour Café');
  await policy.writeVision(CONTENT.en.vision, 'Coffee the way regulars like it, every time.');
  await policy.step('document');
  await policy.saveVersion('first draft', 1);
  await policy.step('standards');
  await policy.draftStandard('Every e-mail answered within 1 working day', CONTENT.en.evidence);
  await policy.saveStandard();
  await expect(policy.standardTexts()).toHaveCount(1);
  await policy.step('document');
  await policy.saveVersion('after the spring audit', 2);

  // Export.
  const settings = new SettingsPage(page);
  await settings.goto();
  const download = await settings.downloadBackup();
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    policies: unknown[];
    policyVersions: { note: string; number: number }[];
  };
  expect(exported.policies).toHaveLength(1);
  expect(exported.policyVersions.map((v) => [v.number, v.note]).sort()).toEqual([
    [1, 'first draft'],
    [2, 'after the spring audit'],
  ]);

  // Delete all: the policy is gone.
  await settings.deleteAllData();
  await page.goto(`/policy/${id}/versions`);
  await expect(page.getByText(policy.t('notFound'))).toBeVisible();

  // Import: both versions are back, with their notes, and they compare as before.
  await settings.goto();
  await settings.importBackup((await download.path())!);
  await expect(settings.importSummary).toContainText(/Import finished/);
  await expect(page.getByText('Service policies: 1 policy, with 2 saved versions.')).toBeVisible();
  await page.goto(`/policy/${id}/versions`);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('after the spring audit');
  await expect(rows.nth(2)).toContainText('first draft');
  await page.getByLabel(policy.t('versions.from')).selectOption('1');
  await page.getByLabel(policy.t('versions.to')).selectOption('2');
  await page.getByRole('button', { name: policy.t('versions.show') }).click();
  const diff = page.getByTestId('policy-diff');
  await expect(diff).toContainText(policy.t('versions.added'));
  await expect(diff).toContainText('Every e-mail answered within 1 working day');
  await page.getByRole('link', { name: policy.t('versions.open', { number: '1' }) }).click();
  await expect(page.getByTestId('policy-document')).toContainText(
    'Coffee the way regulars like it, every time.',
  );
  await expect(page.getByTestId('policy-document')).toContainText(policy.t('document.notWritten'));
});

test('ties: a goal becomes a standard, and a standard becomes a goal of the latest audit', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'Corner Bakery' });
  for (let step = 1; step <= 7; step++) {
    await survey.answerStep(step, (itemId) => (itemId.startsWith('feedback') ? 2 : 4));
    if (step < 7) await survey.next();
  }
  const auditId = survey.assessmentId();

  // The action plan: a goal of our own, then "Make it a service standard".
  await page.goto(`/a/${auditId}/plan`);
  await page.getByRole('button', { name: 'Write your own goal' }).click();
  const form = page.getByRole('form', { name: 'New goal' });
  await form.getByLabel('What will be done').fill('Call back every complaint');
  await form.getByLabel('Number').fill('95');
  await form.getByLabel('What is counted').fill('% within 1 day');
  await form.getByLabel('Owner').fill('Ana');
  const due = isoInDays(60);
  await pickDate(form.getByTestId('date-field'), due);
  await form.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('link', { name: /Make it a service standard/ }).click();

  const policy = new PolicyPage(page);
  await expect(page).toHaveURL(/\/policy\/[^/]+\/standards\?goal=/);
  await expect(
    page.getByText(/From your action plan: “\u2068?Call back every complaint\u2069?”/),
  ).toBeVisible();
  const editor = policy.editor();
  await expect(editor.getByLabel('The standard', { exact: true })).toHaveValue(
    'Call back every complaint: 95 % within 1 day',
  );
  await expect(editor.getByRole('group', { name: 'Review date' })).toContainText(
    new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric' }).format(
      new Date(`${due}T12:00:00`),
    ),
  );
  await editor.getByLabel(policy.t('standards.fields.evidence')).fill(CONTENT.en.evidence);
  await policy.saveStandard();
  await expect(policy.standardTexts()).toHaveText(['Call back every complaint: 95 % within 1 day']);
  await expect(page.getByText(policy.t('standards.plan.inPlan'))).toBeVisible();

  // The audit's weakest section points at the areas to write first.
  await expect(page.getByRole('complementary', { name: policy.t('evidence.title') })).toContainText(
    'Customer feedback',
  );
  await policy.step('areas');
  await expect(policy.areaCards.first()).toContainText(policy.t('areas.flagged'));

  // A new standard goes the other way: into the action plan of the latest audit.
  await policy.step('standards');
  await policy.draftStandard('Every e-mail answered within 1 working day', CONTENT.en.evidence);
  await policy.saveStandard();
  await page.getByRole('button', { name: policy.t('standards.plan.add') }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Added to the action plan/ }),
  ).toBeVisible();
  await page.goto(`/a/${auditId}/plan`);
  await expect(
    page.getByRole('heading', { name: 'Every e-mail answered within 1 working day' }),
  ).toBeVisible();
});

test('the complaint log as evidence: the areas and rules it points to, its figures quoted in a standard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const now = Date.now();
  const DAY = 86_400_000;
  const complaint = (
    id: string,
    daysAgo: number,
    category: Complaint['category'],
    extra: Partial<Omit<Complaint, 'status'>> = {},
  ) =>
    complaintRecord({
      id,
      businessName: 'Corner Bakery',
      receivedAt: now - daysAgo * DAY,
      category,
      summary: 'Something went wrong',
      updatedAt: now - daysAgo * DAY,
      ...extra,
    });
  // The log arrives the way a real one can: in a backup, through Settings.
  const backup = {
    app: 'centricity',
    formatVersion: 1,
    exportedAt: now,
    assessments: [],
    actionPlans: [],
    workshops: [],
    participants: [],
    settings: [],
    complaints: [
      complaint('c1', 2, 'lateDelivery'),
      complaint('c2', 5, 'lateDelivery', {
        resolvedAt: now - 4 * DAY,
        customerSatisfied: true,
      }),
      complaint('c3', 3, 'custom', { customCategory: 'Parking' }),
      // Older than the 90 days the evidence covers.
      complaint('c4', 120, 'staffManner'),
    ],
    customerSurveys: [],
    problems: [],
  };
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.importBackup({
    name: 'log.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(settings.importSummary).toContainText(/Import finished/);

  const policy = new PolicyPage(page);
  await policy.open('Corner Bakery');
  const log = page.getByTestId('policy-log-evidence');
  await expect(log).toContainText('Last 90 days: 3 complaints.');
  await expect(log).toContainText(
    /Most often: \u2068?Late delivery\u2069? \(2\) and \u2068?Parking/,
  );
  await expect(log).toContainText('They point to: Speed');

  // The areas the log points to come first and say why.
  await policy.step('areas');
  const first = policy.areaCards.first();
  await expect(first.getByRole('heading')).toContainText(policy.t('areas.names.speed'));
  await expect(first).toContainText(policy.t('areas.complained'));
  await expect(first).toContainText(/Complaints in the last 90 days: \u2068?Late delivery/);

  // A rule filed under a category of the log is counted from it, in any spelling.
  for (const [text, category, count] of [
    ['Deliveries only on weekdays', 'late delivery', '2 times'],
    ['Customer parking behind the shop only', 'parking', '1 time'],
  ] as const) {
    await policy.addRule(text, category);
    const card = policy.ruleCards.filter({ hasText: text });
    await expect(card).toContainText(`Customers complained about this ${count}`);
    await expect(card).toContainText('counted in your complaint log, last 90 days');
  }
  // The built-in category was stored by its id: it reads in the reader's language.
  await expect(policy.ruleCards.first()).toContainText(/Complaint category: Late delivery/);

  // Writing a standard, the log's figures are one click away as its evidence.
  await policy.step('standards');
  await page.getByRole('button', { name: policy.t('standards.add') }).click();
  const editor = policy.editor();
  await editor.getByRole('button', { name: policy.t('standards.fields.useComplaints') }).click();
  const evidence = editor.getByLabel(policy.t('standards.fields.evidence'));
  await expect(evidence).toHaveValue(/^Complaint log, last 90 days: 3 complaints; most often /);
  await expect(evidence).toHaveValue(
    /33% resolved; .*1 of 1 customer asked afterwards was satisfied\.$/,
  );
});
