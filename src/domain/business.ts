// Which audits are of the same business: the one rule behind the trend, the compare
// choices, carrying a plan over to a re-take, re-take reminders, and any record kept per
// business (complaint log, policy).
//
// Decision (issue 13):
// - A business is its name and its context together. "Context" is what a trainer or a
//   student types to tell apart two runs of the same case (a course, a branch, a year), so
//   the same name in two contexts is two series that never mix.
// - Names are compared as people mean them, not as typed: surrounding and repeated spaces,
//   letter case, Unicode compatibility forms (NFKC: full-width letters, ligatures) and the
//   Arabic forms of yeh and kaf that some Persian keyboards type (ي ك → ی ک) do not count.
// - An unnamed audit (no business name and no context) is the same business as no other
//   audit, not even another unnamed one: nothing says two anonymous audits on a shared
//   device belong together, and linking them would show one person's goals or trend to
//   another. It is listed and scored like any other, but has no trend, is not carried
//   over to, and its re-take reminder ends only when the reminder is acted on.

/** What identifies a business in an audit. */
export type BusinessFields = { readonly businessName: string; readonly context: string };

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u064A/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A key equal for audits of the same business, or null for an unnamed audit (which is
 * the same business as no other audit). Use it to group or index records by business.
 */
export function businessKey(fields: BusinessFields): string | null {
  const name = normalise(fields.businessName);
  const context = normalise(fields.context);
  if (name === '' && context === '') return null;
  return JSON.stringify([name, context]);
}

/** Whether two audits are of the same business (never true for an unnamed audit). */
export function sameBusiness(a: BusinessFields, b: BusinessFields): boolean {
  const key = businessKey(a);
  return key !== null && key === businessKey(b);
}

/** The name and context as typed, with spaces tidied: how a business is shown. */
export function businessLabel(fields: BusinessFields): BusinessFields {
  return {
    businessName: fields.businessName.replace(/\s+/g, ' ').trim(),
    context: fields.context.replace(/\s+/g, ' ').trim(),
  };
}
