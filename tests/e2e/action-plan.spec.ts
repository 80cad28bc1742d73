import { expect, test } from '@playwright/test';
import { ActionPlanPage } from './pages/action-plan-page';
import { HomePage } from './pages/home-page';
import { ITEM_IDS, SurveyPage } from './pages/survey-page';
import { isoInDays, pickDate } from './support/date-field';

async function addGoalFor(
  plan: ActionPlanPage,
  adviceTitle: RegExp,
  goal: { value: string; unit: string; owner: string; due: string },
) {
  await plan.makeGoalButton(adviceTitle).click();
  const form = plan.newGoalForm;
  await expect(form.what).toBeFocused();
  await form.targetValue.fill(goal.value);
  await form.targetUnit.fill(goal.unit);
  // Prefilled with the respondent and a date 90 days ahead.
  await expect(form.owner).toHaveValue('Ana');
  await form.owner.fill(goal.owner);
  await pickDate(form.dueDate, goal.due);
  await form.save.click();
  await expect(form.form).toHaveCount(0);
  // The answer is seen where it happened: the new goal is in view, focused and marked.
  const added = plan.justAdded;
  await expect(added).toContainText(goal.unit);
  await expect(added.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(added.getByRole('heading', { level: 3 })).toBeInViewport();
  await expect(added).toContainText('Added to your plan just now.');
}

test('weak feedback → feedback advice first, goals survive reload and carry over to a re-take', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => void dialog.accept());
  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'Plan Bakery', respondent: 'Ana', context: 'Q1 review' });

  // Everything 4 except feedback (2, 1, 2 → 5/3): feedback is by far the weakest;
  // feedback.2 (asking for feedback) is its lowest statement.
  const weak: Record<string, number> = { 'feedback.1': 2, 'feedback.2': 1, 'feedback.3': 2 };
  await survey.completeAudit((id) => weak[id] ?? 4);
  const firstId = survey.assessmentId();

  // Results: sections by need, feedback first with its top action.
  const priorities = page.getByTestId('priorities').getByRole('listitem');
  await expect(priorities).toHaveCount(3);
  await page.getByRole('button', { name: 'Show all 7 sections' }).click();
  await expect(priorities).toHaveCount(7);
  await expect(priorities.first()).toContainText('Customer feedback');
  await expect(priorities.first()).toContainText('Survey customers with open questions');
  await page.getByRole('link', { name: 'Turn these into an action plan' }).click();
  await expect(page).toHaveURL(/\/plan$/);
  const plan = new ActionPlanPage(page);
  await expect(plan.heading).toHaveText('Action plan for Plan Bakery');

  // The first suggested section is feedback, its first action aimed at feedback.2.
  const feedback = plan.suggestedSections.first();
  await expect(feedback.getByRole('heading', { level: 3 })).toContainText('Customer feedback');
  await expect(plan.actions(feedback).first()).toContainText(
    'Survey customers with open questions',
  );
  await expect(page.getByText('No goals yet.')).toBeVisible();
  // Three actions per section at first; the rest on request.
  await expect(plan.actions(feedback)).toHaveCount(3);
  await page.getByRole('button', { name: 'Show all 6 actions for Customer feedback' }).click();
  await expect(plan.actions(feedback)).toHaveCount(6);

  // A goal with a past due date and no target is refused with inline messages.
  await plan.makeGoalButton(/keep a complaint log/).click();
  const form = plan.newGoalForm;
  await pickDate(form.dueDate, isoInDays(-1));
  await form.save.click();
  await expect(form.targetValue).toHaveAttribute('aria-invalid', 'true');
  await expect(form.targetValue).toBeFocused();
  await expect(form.form.getByText('The due date is in the past.', { exact: false })).toBeVisible();
  await form.cancel.click();

  await addGoalFor(plan, /keep a complaint log/, {
    value: '100',
    unit: '% of complaints logged the same day',
    owner: 'Ana',
    due: isoInDays(30),
  });
  await addGoalFor(plan, /survey customers with open questions/, {
    value: '20',
    unit: 'survey answers a month',
    owner: 'Ben',
    due: isoInDays(60),
  });
  const goals = plan.goals;
  await expect(goals).toHaveCount(2);
  await expect(page.getByText('2 goals, 0 done.')).toBeVisible();

  // Survives a reload; then one goal is marked done.
  await page.reload();
  await expect(goals).toHaveCount(2);
  await expect(goals.first()).toContainText('100 % of complaints logged the same day');
  await page.getByLabel(/^Status of “Keep a complaint log/).selectOption('done');
  await expect(page.getByText('2 goals, 1 done.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/^Status of “Keep a complaint log/)).toHaveValue('done');

  // Next audit today: Home reminds about it.
  const nextAudit = page.getByRole('region', { name: 'Next audit' });
  await pickDate(nextAudit.getByTestId('date-field'), isoInDays(0));
  await page.getByRole('button', { name: 'Set reminder' }).click();
  await expect(
    page.getByRole('region', { name: 'Next audit' }).getByText(/Reminder set for/),
  ).toBeVisible();

  // The printed report lists the goals.
  await page.goto(`/a/${firstId}/report`);
  const reportTable = page.getByRole('table', { name: /goals with target/i });
  await expect(reportTable.getByRole('row')).toHaveCount(3);
  await expect(reportTable.getByRole('row', { name: /keep a complaint log/i })).toContainText(
    'Done',
  );
  await expect(reportTable.getByRole('row', { name: /survey customers/i })).toContainText(
    '20 survey answers a month',
  );

  await page.goto('/');
  const reminder = page.getByRole('region', { name: 'Time to re-take the audit' });
  await expect(reminder).toContainText('Plan Bakery · Q1 review');

  // Re-take from Results; after finishing, the plan is carried over with its status.
  await page.goto(`/a/${firstId}/results`);
  await page.getByRole('button', { name: 'Re-take' }).click();
  await expect(page).toHaveURL(/\/survey\/1$/);
  const secondId = survey.assessmentId();
  expect(secondId).not.toBe(firstId);
  await survey.completeAudit((id) => (id.startsWith('feedback') ? 3 : 4));
  await page.getByRole('link', { name: 'Action plan', exact: true }).click();
  await expect(page.getByTestId('carried-over')).toBeVisible();
  await expect(goals).toHaveCount(2);
  await expect(page.getByLabel(/^Status of “Keep a complaint log/)).toHaveValue('done');
  await expect(page.getByLabel(/^Status of “Survey customers with open questions/)).toHaveValue(
    'planned',
  );

  // The reminder is gone once the business has been audited again.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(new HomePage(page).form).toBeVisible();
  await expect(page.getByRole('region', { name: 'Time to re-take the audit' })).toHaveCount(0);
  expect(errors).toEqual([]);
  expect(ITEM_IDS).toHaveLength(25);
});
