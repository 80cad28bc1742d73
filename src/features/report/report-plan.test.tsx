import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addGoal, removeGoal, setGoalStatus, setNextAuditDate } from '../../db/action-plans';
import { createAssessment } from '../../db/assessments';
import { db } from '../../db/database';
import { setUpI18n } from '../../test-utils';
import { ReportPlan } from './report-plan';

beforeAll(async () => {
  await setUpI18n('en');
});

beforeEach(async () => {
  await db.assessments.clear();
  await db.actionPlans.clear();
});

describe('ReportPlan', () => {
  it('lists every goal with target, owner, due date and status, and the next audit', async () => {
    const id = await createAssessment(
      { businessName: 'Corner Bakery', respondent: 'Ana', context: '' },
      'en',
    );
    const first = await addGoal(id, {
      what: 'Keep a complaint log',
      targetValue: 100,
      targetUnit: '% of complaints logged within a day',
      owner: 'Ana',
      dueDate: '2030-06-30',
      status: 'planned',
      sectionId: 'feedback',
      adviceId: 'feedback.complaintLog',
    });
    await addGoal(id, {
      what: 'Answer calls faster',
      targetValue: 90,
      targetUnit: '% of calls answered within 2 minutes',
      owner: 'Ben',
      dueDate: '2030-09-15',
      status: 'inProgress',
      sectionId: 'accessibility',
      adviceId: null,
    });
    await setGoalStatus(id, first, 'done');
    await setNextAuditDate(id, '2030-10-01');

    render(<ReportPlan assessmentId={id} />);
    const table = await screen.findByRole('table', { name: /goals with target/i });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(table).getByRole('row', { name: /keep a complaint log/i })).toHaveTextContent(
      /Customer feedback.*100 % of complaints logged within a day.*Ana.*Jun 30, 2030.*Done/,
    );
    expect(within(table).getByRole('row', { name: /answer calls faster/i })).toHaveTextContent(
      /Being easy to reach.*90 % of calls answered within 2 minutes.*Ben.*Sep 15, 2030.*In progress/,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Action plan' })).toBeInTheDocument();
    expect(screen.getByText('Next audit: Oct 1, 2030')).toBeInTheDocument();
  });

  it('draws nothing for a plan without goals or next audit, and follows the plan live', async () => {
    const id = await createAssessment({ businessName: 'X', respondent: '', context: '' }, 'en');
    const goalId = await addGoal(id, {
      what: 'Keep a complaint log',
      targetValue: 100,
      targetUnit: '%',
      owner: 'Ana',
      dueDate: '2030-06-30',
      status: 'planned',
      sectionId: 'feedback',
      adviceId: null,
    });
    const { container } = render(<ReportPlan assessmentId={id} />);
    expect(await screen.findByRole('table', { name: /goals with target/i })).toBeInTheDocument();

    // The plan still exists, but with nothing in it the report leaves the section out.
    await removeGoal(id, goalId);
    await waitFor(() => expect(container).toBeEmptyDOMElement());

    // A next audit alone is printed without an empty goal table.
    await setNextAuditDate(id, '2030-10-01');
    expect(await screen.findByText('Next audit: Oct 1, 2030')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
