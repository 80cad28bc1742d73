import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/database';
import { renderAt, setUpI18n } from '../../test-utils';
import { NewAssessmentForm } from './new-assessment-form';

beforeAll(async () => {
  await setUpI18n('en');
});

beforeEach(async () => {
  await db.assessments.clear();
});

describe('NewAssessmentForm', () => {
  it('asks for the instructor and student id only for a course', async () => {
    const user = userEvent.setup();
    renderAt(<NewAssessmentForm />);
    expect(screen.queryByLabelText(/instructor/i)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/student id/i)).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/business name/i), 'Corner Bakery');
    await user.click(screen.getByLabelText('This audit is for a course'));
    await user.type(screen.getByLabelText(/instructor/i), 'Dr. Rahman');
    await user.type(screen.getByLabelText(/student id/i), 'S-1234');
    await user.click(screen.getByRole('button', { name: 'Start the audit' }));

    await expect.poll(() => db.assessments.count()).toBe(1);
    const [stored] = await db.assessments.toArray();
    expect(stored).toMatchObject({
      businessName: 'Corner Bakery',
      instructor: 'Dr. Rahman',
      studentId: 'S-1234',
    });
  });

  it('drops course fields that were typed and then hidden again', async () => {
    const user = userEvent.setup();
    renderAt(<NewAssessmentForm />);
    const course = screen.getByLabelText('This audit is for a course');
    await user.click(course);
    await user.type(screen.getByLabelText(/instructor/i), 'Dr. Rahman');
    await user.click(course);
    expect(screen.queryByLabelText(/instructor/i)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the audit' }));
    await expect.poll(() => db.assessments.count()).toBe(1);
    const [stored] = await db.assessments.toArray();
    expect(stored).not.toHaveProperty('instructor');
  });
});
