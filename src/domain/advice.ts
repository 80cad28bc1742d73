// The advice library: concrete actions for each section of the self-audit, each tied to
// the statements it helps with and to the source article it comes from (seeds 000–004,
// see shared/seeds/README). Only structure lives here; the wording of every action is
// in locales/<lng>/advice.json under the action's id ("<id>.title", "<id>.why").

import type { ItemId, SectionId } from './instrument';

/**
 * The five source articles the product was specified from.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
type SeedId = (typeof SEED_IDS)[number];

export type AdviceItem = {
  /** Stable: stored in goals, and the key of the action's texts. */
  readonly id: string;
  readonly sectionId: SectionId;
  /** The statements this action improves; at least one, all in the same section. */
  readonly statementIds: readonly ItemId[];
  readonly seed: SeedId;
};

/** @internal Exported for its unit test only (knip --production checks the rest). */
export const ADVICE = [
  // Company culture
  { id: 'culture.leadByExample', sectionId: 'culture', statementIds: ['culture.3'], seed: '002' },
  {
    id: 'culture.writtenStandards',
    sectionId: 'culture',
    statementIds: ['culture.1', 'culture.4'],
    seed: '000',
  },
  {
    id: 'culture.explainPurpose',
    sectionId: 'culture',
    statementIds: ['culture.1', 'culture.3'],
    seed: '004',
  },
  {
    id: 'culture.pepi',
    sectionId: 'culture',
    statementIds: ['culture.2', 'culture.4'],
    seed: '004',
  },
  { id: 'culture.rightFirstTime', sectionId: 'culture', statementIds: ['culture.2'], seed: '003' },
  {
    id: 'culture.vision',
    sectionId: 'culture',
    statementIds: ['culture.1', 'culture.4'],
    seed: '003',
  },
  { id: 'culture.teamJob', sectionId: 'culture', statementIds: ['culture.4'], seed: '001' },
  // Products and selling
  {
    id: 'products.noOverPromise',
    sectionId: 'products',
    statementIds: ['products.2'],
    seed: '001',
  },
  { id: 'products.listenFirst', sectionId: 'products', statementIds: ['products.1'], seed: '002' },
  // Seed 003: learn customers' needs by asking them (part 1) and know the features and
  // benefits that matter most to them (part 3).
  {
    id: 'products.askWhatMatters',
    sectionId: 'products',
    statementIds: ['products.3'],
    seed: '003',
  },
  { id: 'products.focusGroup', sectionId: 'products', statementIds: ['products.4'], seed: '003' },
  {
    id: 'products.clearTerms',
    sectionId: 'products',
    statementIds: ['products.2', 'products.1'],
    seed: '003',
  },
  // Customer feedback
  { id: 'feedback.complaintLog', sectionId: 'feedback', statementIds: ['feedback.1'], seed: '003' },
  { id: 'feedback.openSurveys', sectionId: 'feedback', statementIds: ['feedback.2'], seed: '003' },
  { id: 'feedback.realTime', sectionId: 'feedback', statementIds: ['feedback.2'], seed: '003' },
  {
    id: 'feedback.askStaffAndVendors',
    sectionId: 'feedback',
    statementIds: ['feedback.3', 'feedback.1'],
    seed: '003',
  },
  { id: 'feedback.topThree', sectionId: 'feedback', statementIds: ['feedback.3'], seed: '003' },
  {
    id: 'feedback.closeTheLoop',
    sectionId: 'feedback',
    statementIds: ['feedback.3', 'feedback.2'],
    seed: '002',
  },
  // Knowing your customers
  {
    id: 'knowledge.interviewExpectations',
    sectionId: 'knowledge',
    statementIds: ['knowledge.1'],
    seed: '000',
  },
  {
    id: 'knowledge.journeyMap',
    sectionId: 'knowledge',
    statementIds: ['knowledge.1'],
    seed: '000',
  },
  {
    id: 'knowledge.followUpCall',
    sectionId: 'knowledge',
    statementIds: ['knowledge.2'],
    seed: '003',
  },
  {
    id: 'knowledge.consistentChannels',
    sectionId: 'knowledge',
    statementIds: ['knowledge.2', 'knowledge.3'],
    seed: '004',
  },
  {
    id: 'knowledge.singleView',
    sectionId: 'knowledge',
    statementIds: ['knowledge.3', 'knowledge.2'],
    seed: '004',
  },
  {
    id: 'knowledge.shareFeedback',
    sectionId: 'knowledge',
    statementIds: ['knowledge.3'],
    seed: '003',
  },
  // Being easy to reach
  {
    id: 'accessibility.namedContact',
    sectionId: 'accessibility',
    statementIds: ['accessibility.1'],
    seed: '003',
  },
  {
    id: 'accessibility.heard',
    sectionId: 'accessibility',
    statementIds: ['accessibility.2'],
    seed: '001',
  },
  {
    id: 'accessibility.responseTimes',
    sectionId: 'accessibility',
    statementIds: ['accessibility.1', 'accessibility.2'],
    seed: '000',
  },
  {
    id: 'accessibility.socialMedia',
    sectionId: 'accessibility',
    statementIds: ['accessibility.1'],
    seed: '000',
  },
  {
    id: 'accessibility.fewerSteps',
    sectionId: 'accessibility',
    statementIds: ['accessibility.1'],
    seed: '001',
  },
  {
    id: 'accessibility.escalation',
    sectionId: 'accessibility',
    statementIds: ['accessibility.2'],
    seed: '002',
  },
  {
    id: 'accessibility.everyCallMatters',
    sectionId: 'accessibility',
    statementIds: ['accessibility.3'],
    seed: '001',
  },
  // Your team
  { id: 'staff.dignity', sectionId: 'staff', statementIds: ['staff.1'], seed: '001' },
  { id: 'staff.training', sectionId: 'staff', statementIds: ['staff.2', 'staff.3'], seed: '000' },
  { id: 'staff.rolePlay', sectionId: 'staff', statementIds: ['staff.3', 'staff.4'], seed: '000' },
  { id: 'staff.fourSteps', sectionId: 'staff', statementIds: ['staff.4'], seed: '003' },
  {
    id: 'staff.recognition',
    sectionId: 'staff',
    statementIds: ['staff.5', 'staff.1'],
    seed: '002',
  },
  { id: 'staff.rewards', sectionId: 'staff', statementIds: ['staff.5'], seed: '002' },
  { id: 'staff.hireForEmpathy', sectionId: 'staff', statementIds: ['staff.5'], seed: '000' },
  // Continuous improvement
  {
    id: 'improvement.rootCause',
    sectionId: 'improvement',
    statementIds: ['improvement.3', 'improvement.1'],
    seed: '002',
  },
  {
    id: 'improvement.csatNps',
    sectionId: 'improvement',
    statementIds: ['improvement.1'],
    seed: '002',
  },
  {
    id: 'improvement.reviewProcesses',
    sectionId: 'improvement',
    statementIds: ['improvement.1'],
    seed: '002',
  },
  // Seed 003: talk with other groups to learn from their strengths and weaknesses (part
  // 3), and ask vendors and service providers what they see (part 1).
  {
    id: 'improvement.learnFromOthers',
    sectionId: 'improvement',
    statementIds: ['improvement.2'],
    seed: '003',
  },
  {
    id: 'improvement.fixDeadline',
    sectionId: 'improvement',
    statementIds: ['improvement.3'],
    seed: '000',
  },
  {
    id: 'improvement.staffInput',
    sectionId: 'improvement',
    statementIds: ['improvement.1', 'improvement.2'],
    seed: '004',
  },
] as const satisfies readonly AdviceItem[];

export type AdviceId = (typeof ADVICE)[number]['id'];

/** The section's actions in library order. */
export function adviceForSection(sectionId: SectionId): AdviceItem[] {
  return ADVICE.filter((item) => item.sectionId === sectionId);
}
