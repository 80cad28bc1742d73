import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssessment, useAssessment } from '../../db/assessments';
import { db } from '../../db/database';
import { SECTIONS } from '../../domain/instrument';
import { renderAt, setUpI18n } from '../../test-utils';
import { SurveyStep } from './survey-step';

const FEEDBACK = SECTIONS.find((section) => section.id === 'feedback')!;

function LiveStep({ id }: { id: string }) {
  const assessment = useAssessment(id);
  if (!assessment) return null;
  return <SurveyStep assessmentId={id} section={FEEDBACK} answers={assessment.answers} />;
}

beforeAll(async () => {
  await setUpI18n('en');
});

let id: string;
beforeEach(async () => {
  await db.assessments.clear();
  id = await createAssessment({ businessName: 'Test', respondent: '', context: '' }, 'en');
});

describe('SurveyStep', () => {
  it('shows the section statements with the 1–5 scale', async () => {
    renderAt(<LiveStep id={id} />);
    const groups = await screen.findAllByRole('group');
    expect(groups).toHaveLength(3);
    expect(screen.getByRole('group', { name: /keep track of customer complaints/i })).toBeVisible();
    expect(screen.getAllByRole('radio', { name: /always/i })).toHaveLength(3);
  });

  it('saves an answer to the database the moment it is chosen', async () => {
    const user = userEvent.setup();
    renderAt(<LiveStep id={id} />);
    const group = await screen.findByRole('group', { name: /keep track of customer complaints/i });
    await user.click(within(group).getByRole('radio', { name: /usually/i }));
    await waitFor(async () => {
      expect((await db.assessments.get(id))!.answers['feedback.1']).toBe(4);
    });
    expect(within(group).getByRole('radio', { name: /usually/i })).toBeChecked();
  });

  it('can be answered with the keyboard: Tab into a group, arrows to change, saved', async () => {
    const user = userEvent.setup();
    renderAt(<LiveStep id={id} />);
    await screen.findAllByRole('group');
    await user.tab();
    const first = screen.getAllByRole('radio')[0]!;
    expect(first).toHaveFocus();
    await user.keyboard(' ');
    await waitFor(async () => {
      expect((await db.assessments.get(id))!.answers['feedback.1']).toBe(1);
    });
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await waitFor(async () => {
      expect((await db.assessments.get(id))!.answers['feedback.1']).toBe(3);
    });
    await waitFor(() => expect(screen.getAllByRole('radio')[2]).toBeChecked());
  });
});
