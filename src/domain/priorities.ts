// Which sections and actions to work on first (issue 8, SPEC §4 "suggest the lowest
// sections first"). Sections are ordered by need: the lowest average first (compared
// exactly, in sixtieths); on a tie, the section with more statements answered 1 or 2;
// then instrument order. Within a section, actions tied to the lowest-scoring
// statements come first.

import { adviceForSection, type AdviceItem } from './advice';
import { SECTIONS, type Answers, type SectionId } from './instrument';
import { sectionScore } from './scoring';

/** Answers of 1 (not at all) or 2 (rarely) count as low. */
const LOW_ANSWER_MAX = 2;

export type SectionPriority = {
  readonly sectionId: SectionId;
  /** Average × 60; undefined while the section is incomplete. */
  readonly averageSixtieths: number | undefined;
  readonly average: number | undefined;
  /** How many of the section's statements were answered 1 or 2. */
  readonly lowAnswers: number;
  /** The section's actions, most relevant first. */
  readonly advice: readonly AdviceItem[];
};

type AdviceNeed = { lowest: number; sum: number; count: number };

function adviceNeed(item: AdviceItem, answers: Answers): AdviceNeed {
  let lowest = Number.POSITIVE_INFINITY;
  let sum = 0;
  let count = 0;
  for (const statementId of item.statementIds) {
    const value = answers[statementId];
    if (value === undefined) continue;
    lowest = Math.min(lowest, value);
    sum += value;
    count += 1;
  }
  return { lowest, sum, count };
}

function compareNeed(a: AdviceNeed, b: AdviceNeed): number {
  if (a.lowest !== b.lowest) return a.lowest < b.lowest ? -1 : 1;
  if (a.count === 0 || b.count === 0) return b.count - a.count;
  // Lower mean of the mapped statements first, compared exactly: a.sum/a.count vs b.sum/b.count.
  return a.sum * b.count - b.sum * a.count;
}

/**
 * The section's actions ordered so that those mapped to its lowest-scoring statements
 * come first: by the lowest answer among an action's statements, then by their mean,
 * then in library order. Actions whose statements are unanswered go last.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function prioritisedAdvice(sectionId: SectionId, answers: Answers): AdviceItem[] {
  const items = adviceForSection(sectionId).map((item, index) => ({
    item,
    index,
    need: adviceNeed(item, answers),
  }));
  items.sort((a, b) => compareNeed(a.need, b.need) || a.index - b.index);
  return items.map((entry) => entry.item);
}

/**
 * All seven sections ordered by need. Incomplete sections (no average yet) go after the
 * complete ones, in instrument order.
 */
export function prioritiseSections(answers: Answers): SectionPriority[] {
  const priorities = SECTIONS.map((section, index) => {
    const score = sectionScore(answers, section.id);
    const lowAnswers = section.itemIds.filter((itemId) => {
      const value = answers[itemId];
      return value !== undefined && value <= LOW_ANSWER_MAX;
    }).length;
    return {
      index,
      priority: {
        sectionId: section.id,
        averageSixtieths: score.averageSixtieths,
        average: score.average,
        lowAnswers,
        advice: prioritisedAdvice(section.id, answers),
      } satisfies SectionPriority,
    };
  });
  priorities.sort((a, b) => {
    const averageA = a.priority.averageSixtieths;
    const averageB = b.priority.averageSixtieths;
    if (averageA === undefined || averageB === undefined) {
      if (averageA !== averageB) return averageA === undefined ? 1 : -1;
    } else if (averageA !== averageB) {
      return averageA - averageB;
    }
    return b.priority.lowAnswers - a.priority.lowAnswers || a.index - b.index;
  });
  return priorities.map((entry) => entry.priority);
}
