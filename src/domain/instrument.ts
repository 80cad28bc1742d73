// The customer-centricity self-test: seven sections, 25 statements, each answered
// on a 1 (not at all) to 5 (always) scale. Source: seed 003, part 3, adapted there
// from the Forum Corporation's self-test for the customer-driven company.
// Stored data refers to these ids only, never to positions or wording.

export const SECTION_IDS = [
  'culture',
  'products',
  'feedback',
  'knowledge',
  'accessibility',
  'staff',
  'improvement',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export const ITEM_IDS = [
  'culture.1',
  'culture.2',
  'culture.3',
  'culture.4',
  'products.1',
  'products.2',
  'products.3',
  'products.4',
  'feedback.1',
  'feedback.2',
  'feedback.3',
  'knowledge.1',
  'knowledge.2',
  'knowledge.3',
  'accessibility.1',
  'accessibility.2',
  'accessibility.3',
  'staff.1',
  'staff.2',
  'staff.3',
  'staff.4',
  'staff.5',
  'improvement.1',
  'improvement.2',
  'improvement.3',
] as const;

export type ItemId = (typeof ITEM_IDS)[number];

export const ANSWER_VALUES = [1, 2, 3, 4, 5] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/** Answers by statement id; a missing key means "not answered yet". */
export type Answers = Partial<Record<ItemId, AnswerValue>>;

export type Section = {
  readonly id: SectionId;
  readonly itemIds: readonly ItemId[];
};

export function sectionOf(itemId: ItemId): SectionId {
  return itemId.slice(0, itemId.indexOf('.')) as SectionId;
}

export const SECTIONS: readonly Section[] = SECTION_IDS.map((id) => ({
  id,
  itemIds: ITEM_IDS.filter((itemId) => sectionOf(itemId) === id),
}));

const itemIdSet: ReadonlySet<string> = new Set(ITEM_IDS);
const sectionIdSet: ReadonlySet<string> = new Set(SECTION_IDS);

export function isItemId(value: string): value is ItemId {
  return itemIdSet.has(value);
}

export function isSectionId(value: string): value is SectionId {
  return sectionIdSet.has(value);
}

export function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The first statement without an answer, in instrument order; undefined when all 25 are answered. */
export function firstUnansweredItem(answers: Answers): ItemId | undefined {
  return ITEM_IDS.find((itemId) => answers[itemId] === undefined);
}

export function answeredCount(answers: Answers): number {
  return ITEM_IDS.filter((itemId) => answers[itemId] !== undefined).length;
}
