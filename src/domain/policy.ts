// The customer-service policy (issue 18; seed 003 part 2, seeds 000 and 004): a vision
// built from five prompts, measurable service standards, the seven policy areas with the
// owner's answers, the house rules to review, and the staff discretion card. One policy
// per business ("same business" rule of compare.ts); each saved version is kept whole.
// Schemas and the pure rules about them live here; storage is in src/db/policies.ts.

import { z } from 'zod/mini';
import { businessKey } from './business';
import { isRealDate } from './calendar-date';
import { lineTextSchema, multilineTextSchema, recordIdSchema, timestampSchema } from './fields';
import { SECTION_IDS, type SectionId } from './instrument';
import { cleanLine, cleanMultiline } from './text';
import { checkStandard, type StandardCheck } from './service-standard';

/** Seed 003's policy areas, in the source's order. */
export const POLICY_AREA_IDS = [
  'overview',
  'speed',
  'communication',
  'followUp',
  'complaints',
  'retention',
  'staff',
] as const;
export type PolicyAreaId = (typeof POLICY_AREA_IDS)[number];

/**
 * The audit sections whose statements each area answers, so a weak section points at
 * the areas to write first (issue 18, "ties"). Several areas may share a section.
 * @internal (tests check every area is tied to a section)
 */
export const AREA_SECTIONS: Readonly<Record<PolicyAreaId, readonly SectionId[]>> = {
  overview: ['products', 'knowledge'],
  speed: ['accessibility', 'improvement'],
  communication: ['knowledge', 'products'],
  followUp: ['feedback', 'accessibility'],
  complaints: ['feedback', 'accessibility'],
  retention: ['culture', 'knowledge'],
  staff: ['staff', 'culture'],
};

/** How many guiding questions each area has in the locale files (questions.q1…qN). */
export const AREA_QUESTION_COUNT: Readonly<Record<PolicyAreaId, number>> = {
  overview: 2,
  speed: 3,
  communication: 3,
  followUp: 4,
  complaints: 5,
  retention: 3,
  staff: 3,
};

/** The five vision prompts of seed 003, then the statement written from them. */
export const VISION_PROMPTS = [
  'futureReasons',
  'customerReasons',
  'innovationSteps',
  'keyElements',
  'verbs',
] as const;
export const VISION_FIELDS = [...VISION_PROMPTS, 'statement'] as const;
export type VisionField = (typeof VISION_FIELDS)[number];

/** Seed 004's PEPI: purpose, execute smartly, peer pressure, input. */
export const PEPI_FIELDS = ['purpose', 'execute', 'peerPressure', 'input'] as const;

/** The four staff steps of seed 003 for solving a customer's problem. */
export const DISCRETION_STEPS = ['understand', 'cause', 'solutions', 'resolve'] as const;

export const MAX_VISION_PROMPT = 2000;
export const MAX_VISION_STATEMENT = 600;
/** A vision statement is meant to be short: more words than this get a hint. */
export const VISION_STATEMENT_WORDS = 30;
export const MAX_STANDARD_TEXT = 300;
export const MAX_STANDARD_NOTE = 1000;
export const MAX_PEPI_NOTE = 500;
export const MAX_AREA_ANSWER = 3000;
export const MAX_RULE_TEXT = 300;
export const MAX_CATEGORY = 100;
const MAX_STAFF_CARD_FIELD = 300;
export const MAX_VERSION_NOTE = 300;
const MAX_STANDARDS = 50;
const MAX_RULES = 50;
export const MAX_VERSIONS = 200;
export const MAX_BUSINESS_NAME = 120;
/** A house rule longer than this many words is hard for customers to follow. */
export const LONG_RULE_WORDS = 25;

// The fields every record uses (domain/fields.ts, issue 12): ids, times between 2000 and a
// day from now, and text cleaned as all the app's text is (text.ts: no control
// characters, no bidi overrides, no lone surrogates) before its length is checked.
const id = recordIdSchema;
const timestamp = timestampSchema;
const text = (max: number) => multilineTextSchema(max);
const line = (max: number, min = 0) =>
  min > 0 ? lineTextSchema(max).check(z.minLength(min)) : lineTextSchema(max);

const visionSchema = z.object({
  futureReasons: text(MAX_VISION_PROMPT),
  customerReasons: text(MAX_VISION_PROMPT),
  innovationSteps: text(MAX_VISION_PROMPT),
  keyElements: text(MAX_VISION_PROMPT),
  verbs: text(MAX_VISION_PROMPT),
  statement: text(MAX_VISION_STATEMENT),
});
export type Vision = z.infer<typeof visionSchema>;

const pepiSchema = z.object({
  purpose: text(MAX_PEPI_NOTE),
  execute: text(MAX_PEPI_NOTE),
  peerPressure: text(MAX_PEPI_NOTE),
  input: text(MAX_PEPI_NOTE),
});
/** @internal (tests build standards with it) */
export type Pepi = z.infer<typeof pepiSchema>;

const goalRefSchema = z.object({ assessmentId: id, goalId: id });
export type GoalRef = z.infer<typeof goalRefSchema>;

const standardSchema = z.object({
  id,
  text: line(MAX_STANDARD_TEXT, 1),
  /** The audit section the standard serves; goals in the action plan need one. */
  sectionId: z.nullable(z.enum(SECTION_IDS)),
  /** What customers said or did that led to it (seed 000: based on real experience). */
  evidence: text(MAX_STANDARD_NOTE),
  reviewDate: z.nullable(z.string().check(z.refine(isRealDate, 'not a real calendar date'))),
  /** Seed 004: why it was chosen, what it aims at, how staff apply it. */
  why: text(MAX_STANDARD_NOTE),
  aim: text(MAX_STANDARD_NOTE),
  howToApply: text(MAX_STANDARD_NOTE),
  pepi: pepiSchema,
  /** The action-plan goal made from this standard, or that it was made from. */
  goal: z.nullable(goalRefSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ServiceStandard = z.infer<typeof standardSchema>;

const ruleSchema = z.object({
  id,
  text: line(MAX_RULE_TEXT, 1),
  /** The complaint category customers use for trouble with this rule (may be empty). */
  category: line(MAX_CATEGORY),
  /** Complaints about it the owner counted, when there is no complaint log to count them. */
  complaints: z.nullable(z.int().check(z.gte(0), z.lte(1_000_000))),
});
export type HouseRule = z.infer<typeof ruleSchema>;

export const staffCardSchema = z.object({
  /** What staff may give or do to put things right without asking. */
  allowance: text(MAX_STAFF_CARD_FIELD),
  /** Whom to call when a problem is beyond that. */
  escalateTo: text(MAX_STAFF_CARD_FIELD),
});
export type StaffCard = z.infer<typeof staffCardSchema>;

/** @internal (tests check content against it) */
export const policyContentSchema = z.object({
  vision: visionSchema,
  standards: z.array(standardSchema).check(z.maxLength(MAX_STANDARDS)),
  areas: z.partialRecord(z.enum(POLICY_AREA_IDS), text(MAX_AREA_ANSWER)),
  rules: z.array(ruleSchema).check(z.maxLength(MAX_RULES)),
  staffCard: staffCardSchema,
});
export type PolicyContent = z.infer<typeof policyContentSchema>;

export const policySchema = z.object({
  id,
  businessName: line(MAX_BUSINESS_NAME, 1),
  context: line(MAX_BUSINESS_NAME),
  content: policyContentSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Policy = z.infer<typeof policySchema>;

export const policyVersionSchema = z.object({
  id,
  policyId: id,
  /** 1, 2, 3… per policy, in the order saved. */
  number: z.int().check(z.gte(1), z.lte(100_000)),
  savedAt: timestamp,
  note: line(MAX_VERSION_NOTE),
  /** The latest completed audit of the business when the version was saved. */
  basedOnAssessmentId: z.nullable(id),
  content: policyContentSchema,
});
export type PolicyVersion = z.infer<typeof policyVersionSchema>;

/** @internal (tests start from it) */
export function emptyVision(): Vision {
  return {
    futureReasons: '',
    customerReasons: '',
    innovationSteps: '',
    keyElements: '',
    verbs: '',
    statement: '',
  };
}

/** @internal (tests start from it) */
export function emptyPepi(): Pepi {
  return { purpose: '', execute: '', peerPressure: '', input: '' };
}

export function emptyPolicyContent(): PolicyContent {
  return {
    vision: emptyVision(),
    standards: [],
    areas: {},
    rules: [],
    staffCard: { allowance: '', escalateTo: '' },
  };
}

/**
 * The business a policy belongs to, by the app's one "same business" rule (name and
 * context). A policy always has a name, so it always has a key.
 */
export function policyBusinessKey(policy: Pick<Policy, 'businessName' | 'context'>): string {
  return businessKey(policy) ?? '';
}

/** Items of a list typed one per line or separated by commas (Persian ، too). */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,;،؛]+/)
    .map((item) => item.trim().replace(/^[-•*·]\s*/, ''))
    .filter((item) => item.length > 0);
}

/** Words in a text, in any script (a Persian word joined by ZWNJ counts once). */
export function wordCount(value: string): number {
  return value.split(/[\s]+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * The verbs from the owner's list that their vision statement already uses (compared
 * without case; a verb counts when the statement contains it at the start of a word, so
 * "serve" is found in "serves" and a Persian stem in its conjugated form).
 */
export function verbsUsed(verbs: readonly string[], statement: string): string[] {
  const words = ` ${statement.toLocaleLowerCase().replace(/[^\p{L}\p{M}\p{N}\u200c]+/gu, ' ')}`;
  return verbs.filter((verb) => {
    const wanted = verb.toLocaleLowerCase().trim();
    return wanted.length > 0 && words.includes(` ${wanted}`);
  });
}

/**
 * Areas in the order to write them: those serving the audit's weakest sections first
 * (in the order the sections were given), then the rest in the source's order.
 */
export function areasByNeed(weakest: readonly SectionId[]): PolicyAreaId[] {
  const rank = (area: PolicyAreaId) => {
    const positions = AREA_SECTIONS[area]
      .map((section) => weakest.indexOf(section))
      .filter((position) => position >= 0);
    return positions.length > 0 ? Math.min(...positions) : weakest.length;
  };
  return POLICY_AREA_IDS.map((area, index) => ({ area, index, rank: rank(area) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.area);
}

/** The areas that serve any of the given sections, in the source's order. */
export function areasForSections(sections: readonly SectionId[]): PolicyAreaId[] {
  return POLICY_AREA_IDS.filter((area) =>
    AREA_SECTIONS[area].some((section) => sections.includes(section)),
  );
}

/** The checker's verdict on a saved standard. */
export function checkSavedStandard(standard: ServiceStandard, language: string): StandardCheck {
  return checkStandard(
    { text: standard.text, evidence: standard.evidence, reviewDate: standard.reviewDate },
    language,
  );
}

export type PolicyProgress = {
  vision: boolean;
  standards: number;
  areasAnswered: number;
  rules: number;
  staffCard: boolean;
};

/** What has been written so far, for the step list and the document. */
export function policyProgress(content: PolicyContent): PolicyProgress {
  return {
    vision: content.vision.statement.trim().length > 0,
    standards: content.standards.length,
    areasAnswered: POLICY_AREA_IDS.filter((area) => (content.areas[area] ?? '').trim()).length,
    rules: content.rules.length,
    staffCard: Boolean(content.staffCard.allowance.trim() || content.staffCard.escalateTo.trim()),
  };
}

/**
 * Reasons the standard editor refuses to save. Each is a key under "standards.errors"
 * in the policy namespace, so it is shown in the user's language.
 */
const STANDARD_FORM_ERRORS = [
  'textMissing',
  'textTooLong',
  'notMeasurable',
  'notSpecific',
  'notTimeBound',
  'noEvidence',
  'noteTooLong',
  'reviewDateInvalid',
] as const;
export type StandardFormError = (typeof STANDARD_FORM_ERRORS)[number];

export function isStandardFormError(value: unknown): value is StandardFormError {
  return typeof value === 'string' && (STANDARD_FORM_ERRORS as readonly string[]).includes(value);
}

const note = (max: number) =>
  z.string().check(
    z.overwrite((value) => cleanMultiline(value).trim()),
    z.maxLength(max, { error: 'noteTooLong' satisfies StandardFormError }),
  );

/**
 * What a person types for one standard (strings, as form fields give them), in
 * `language`. The standard must pass all four checks of the checker to be saved; each
 * failing check is reported on the field that can fix it.
 */
export function standardFormSchema(language: string) {
  return z
    .object({
      text: z
        .string()
        .check(
          z.overwrite(cleanLine),
          z.minLength(1, { error: 'textMissing' satisfies StandardFormError, abort: true }),
          z.maxLength(MAX_STANDARD_TEXT, { error: 'textTooLong' satisfies StandardFormError }),
        ),
      sectionId: z.pipe(
        z.union([z.enum(SECTION_IDS), z.literal('')]),
        z.transform((value) => value || null),
      ),
      evidence: note(MAX_STANDARD_NOTE),
      reviewDate: z.pipe(
        z.string().check(
          z.refine((value) => value === '' || isRealDate(value), {
            error: 'reviewDateInvalid' satisfies StandardFormError,
          }),
        ),
        z.transform((value) => value || null),
      ),
      why: note(MAX_STANDARD_NOTE),
      aim: note(MAX_STANDARD_NOTE),
      howToApply: note(MAX_STANDARD_NOTE),
      pepi: z.object({
        purpose: note(MAX_PEPI_NOTE),
        execute: note(MAX_PEPI_NOTE),
        peerPressure: note(MAX_PEPI_NOTE),
        input: note(MAX_PEPI_NOTE),
      }),
    })
    .check(
      z.superRefine((value, context) => {
        const check = checkStandard(
          { text: value.text, evidence: value.evidence, reviewDate: value.reviewDate },
          language,
        );
        const fail = (path: string, error: StandardFormError) =>
          context.addIssue({ code: 'custom', path: [path], message: error });
        if (!check.measurable.ok) fail('text', 'notMeasurable');
        else if (!check.specific.ok) fail('text', 'notSpecific');
        else if (!check.timeBound.ok) fail('text', 'notTimeBound');
        if (!check.experience.ok) fail('evidence', 'noEvidence');
      }),
    );
}
export type StandardFormValues = z.input<ReturnType<typeof standardFormSchema>>;
export type StandardDraft = z.output<ReturnType<typeof standardFormSchema>>;

/** A saved standard as form values, for editing. */
export function standardFormValues(standard?: ServiceStandard): StandardFormValues {
  return {
    text: standard?.text ?? '',
    sectionId: standard?.sectionId ?? '',
    evidence: standard?.evidence ?? '',
    reviewDate: standard?.reviewDate ?? '',
    why: standard?.why ?? '',
    aim: standard?.aim ?? '',
    howToApply: standard?.howToApply ?? '',
    pepi: standard?.pepi ?? emptyPepi(),
  };
}

/**
 * Example standards shown to the owner (seed 000: calls answered within a time limit,
 * delivery within days; seed 003: returns, complainants satisfied and buying again), with
 * the audit sections each one serves. Their wording is in the locale files.
 */
export const STANDARD_EXAMPLES = [
  { id: 'calls', sections: ['accessibility', 'knowledge'] },
  { id: 'emails', sections: ['accessibility', 'feedback'] },
  { id: 'delivery', sections: ['products', 'improvement'] },
  { id: 'returns', sections: ['products', 'improvement'] },
  { id: 'complaintsSatisfied', sections: ['feedback', 'accessibility'] },
  { id: 'complainantsReturn', sections: ['feedback', 'culture'] },
  { id: 'followUpCall', sections: ['knowledge', 'culture'] },
  { id: 'feedbackShared', sections: ['staff', 'improvement'] },
] as const satisfies readonly { id: string; sections: readonly SectionId[] }[];
export type StandardExampleId = (typeof STANDARD_EXAMPLES)[number]['id'];

/** The examples that serve the weakest sections first, then the others, in list order. */
export function examplesByNeed(weakest: readonly SectionId[]): StandardExampleId[] {
  const rank = (sections: readonly SectionId[]) => {
    const positions = sections.map((s) => weakest.indexOf(s)).filter((p) => p >= 0);
    return positions.length > 0 ? Math.min(...positions) : weakest.length;
  };
  return STANDARD_EXAMPLES.map((example, index) => ({ example, index }))
    .sort((a, b) => rank(a.example.sections) - rank(b.example.sections) || a.index - b.index)
    .map(({ example }) => example.id);
}
