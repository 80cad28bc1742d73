import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addGoal, setGoalStatus, setNextAuditDate } from '../../db/action-plans';
import { createAssessment, saveAnswer } from '../../db/assessments';
import { db } from '../../db/database';
import { ITEM_IDS } from '../../domain/instrument';
import { renderAt, setUpI18n } from '../../test-utils';
import { cssString, pageNumberContent } from './print-page-rules';
import { ReportPage } from './report-page';

beforeAll(async () => {
  await setUpI18n('en');
});

beforeEach(async () => {
  await db.assessments.clear();
  await db.actionPlans.clear();
});

async function completedAssessment(fields: { instructor?: string; studentId?: string } = {}) {
  const id = await createAssessment(
    { businessName: 'Corner Bakery', respondent: 'Ana', context: 'BUS 210', ...fields },
    'en',
  );
  for (const [index, itemId] of ITEM_IDS.entries()) await saveAnswer(id, itemId, (index % 5) + 1);
  return id;
}

function renderReport(id: string) {
  return renderAt(<ReportPage />, '/a/:id/report', `/a/${id}/report`);
}

// Each test writes 25 answers and renders the whole report: slow on a loaded machine.
describe('ReportPage', { timeout: 20_000 }, () => {
  it('lists every goal with target, owner, due date and status, and the next audit', async () => {
    const id = await completedAssessment();
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

    renderReport(id);
    const table = await screen.findByRole('table', { name: /goals with target/i });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('row', { name: /keep a complaint log/i })).toHaveTextContent(
      /Customer feedback.*100 % of complaints logged within a day.*Ana.*Jun 30, 2030.*Done/,
    );
    expect(within(table).getByRole('row', { name: /answer calls faster/i })).toHaveTextContent(
      /Being easy to reach.*90 % of calls answered within 2 minutes.*Ben.*Sep 15, 2030.*In progress/,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Action plan' })).toBeInTheDocument();
    expect(screen.getByText('Next audit: Oct 1, 2030')).toBeInTheDocument();
  });

  it('has an appendix with all 25 statements and the answers given, and no repeated heading', async () => {
    const id = await completedAssessment();
    renderReport(id);
    const appendix = await screen.findByRole('region', { name: /appendix/i });
    const rows = within(appendix).getAllByRole('row');
    // Header, seven section rows, 25 statements.
    expect(rows).toHaveLength(1 + 7 + 25);
    expect(appendix).toHaveTextContent('We keep track of customer complaints.');
    expect(within(appendix).getAllByText('1 – Not at all')).toHaveLength(5);
    const headings = screen.getAllByRole('heading').map((heading) => heading.textContent);
    expect(new Set(headings).size).toBe(headings.length);
    // No plan yet: no plan section.
    expect(screen.queryByRole('heading', { name: 'Action plan' })).not.toBeInTheDocument();
    // What to do first: three sections, each with its first actions.
    const priorities = screen.getByRole('region', { name: 'What to do first' });
    expect(within(priorities).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3 + 3);
  });

  it('shows the course fields only when they were given', async () => {
    const withCourse = await completedAssessment({ instructor: 'Dr. Rahman', studentId: 'S-1234' });
    const { unmount } = renderReport(withCourse);
    const details = await screen.findByLabelText('Assessment details');
    expect(details).toHaveTextContent(/Instructor\s*Dr\. Rahman/);
    expect(details).toHaveTextContent(/Student ID\s*S-1234/);
    unmount();
    const without = await completedAssessment();
    renderReport(without);
    const plain = await screen.findByLabelText('Assessment details');
    expect(plain).not.toHaveTextContent('Instructor');
    expect(plain).not.toHaveTextContent('Student ID');
  });
});

describe('print page rules', () => {
  it('writes user text into a CSS string without breaking out of it', () => {
    expect(cssString('Ana "Bo" \\ </style>\nx')).toBe(
      '"Ana \\22 Bo\\22  \\5c  \\3c /style\\3e \\a x"',
    );
  });

  it('numbers pages in the language’s digits', () => {
    const pageOf = (page: string, pages: string) => `Page ${page} of ${pages}`;
    expect(pageNumberContent({ language: 'en', pageOf })).toBe(
      '"Page " counter(page, decimal) " of " counter(pages, decimal)',
    );
    expect(
      pageNumberContent({ language: 'fa', pageOf: (page, pages) => `صفحهٔ ${page} از ${pages}` }),
    ).toBe('"صفحهٔ " counter(page, persian) " از " counter(pages, persian)');
  });
});
