import { screen, within } from '@testing-library/react';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssessment, saveAnswer } from '../../db/assessments';
import { deleteAllData } from '../../db/backup';
import { ITEM_IDS } from '../../domain/instrument';
import { renderAt, setUpI18n } from '../../test-utils';
import { AssessmentLists, UnfinishedWork } from './assessment-lists';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5, 9);

/** An audit with `answered` statements answered (all 25 completes it), saved at `at`. */
async function audit(businessName: string, answered: number, at: number, value = 4) {
  const id = await createAssessment(
    { businessName, respondent: 'Aminah', context: 'owner' },
    'en',
    at,
  );
  for (const itemId of ITEM_IDS.slice(0, answered)) await saveAnswer(id, itemId, value, at);
  return id;
}

function rows(title: string) {
  const section = screen.getByRole('region', { name: title });
  return within(section)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

beforeEach(async () => {
  await setUpI18n('en');
  await deleteAllData();
});

afterAll(async () => {
  await deleteAllData();
});

describe("Home's lists", () => {
  it('lists unfinished audits, most recently touched first, each with progress and a Continue link', async () => {
    const older = await audit('Older shop', 3, START);
    const newer = await audit('Newer shop', 10, START + DAY);
    await audit('Done shop', 25, START + 2 * DAY);
    renderAt(<UnfinishedWork />);
    const section = await screen.findByRole('region', { name: 'Continue where you left off' });
    const names = within(section)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('strong')?.textContent);
    expect(names).toEqual(['Newer shop', 'Older shop']);
    expect(rows('Continue where you left off')[0]).toContain('10 of 25');
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([`/a/${newer}`, `/a/${older}`]);
    // The link's name says which audit it continues.
    expect(links[0]).toHaveAccessibleName('Continue: Newer shop');
    expect(links[0]).toHaveClass('button--primary');
  });

  it('shows no unfinished list when every audit is complete, and the complete one under recent results', async () => {
    await audit('Done shop', 25, START);
    renderAt(
      <>
        <UnfinishedWork />
        <AssessmentLists />
      </>,
    );
    await screen.findByRole('region', { name: 'Recent results' });
    expect(screen.queryByRole('region', { name: 'Continue where you left off' })).toBeNull();
  });

  it('lists at most five recent results, newest first, with band and score, each with a View link', async () => {
    const ids: string[] = [];
    for (let day = 0; day < 7; day++)
      ids.push(await audit(`Shop ${day}`, 25, START + day * DAY, 5));
    await audit('Half done', 12, START + 8 * DAY);
    renderAt(<AssessmentLists />);
    const section = await screen.findByRole('region', { name: 'Recent results' });
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      ids
        .slice(2)
        .reverse()
        .map((id) => `/a/${id}/results`),
    );
    expect(links[0]).toHaveAccessibleName('View results: Shop 6');
    expect(links[0]).not.toHaveClass('button--primary');
    expect(rows('Recent results')[0]).toContain('An asset · 35 out of 35');
  });

  it('says what Home is for when this browser holds no audit', async () => {
    renderAt(<AssessmentLists />);
    expect(
      await screen.findByText('No assessments yet. Your first one takes about five minutes.'),
    ).toBeInTheDocument();
  });
});
