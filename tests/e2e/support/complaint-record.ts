// One complaint as the app stores it, for seeding a log: the domain's empty complaint
// (emptyComplaintFields, the one home of what a quick entry leaves blank) plus the
// record's id, business, status and times. Give only what a test is about.
import {
  emptyComplaintFields,
  type Complaint,
  type ComplaintFields,
} from '../../../src/domain/complaints';

/** What a seed gives; the status follows from `resolvedAt`. */
type GivenComplaint = Pick<
  Complaint,
  'id' | 'businessName' | 'receivedAt' | 'summary' | 'category'
> &
  Partial<Omit<Complaint, 'status'>>;

/** Resolved exactly when `resolvedAt` is given; created and last changed when received. */
export function complaintRecord(given: GivenComplaint): Complaint {
  const { id, businessName, context = '', receivedAt, resolvedAt = null, ...fields } = given;
  const quick: Pick<ComplaintFields, 'summary' | 'channel' | 'category' | 'customCategory'> = {
    summary: fields.summary,
    channel: fields.channel ?? 'phone',
    category: fields.category,
    customCategory: fields.customCategory ?? '',
  };
  return {
    id,
    businessName,
    context,
    ...emptyComplaintFields(receivedAt, quick),
    status: resolvedAt === null ? 'open' : 'resolved',
    resolvedAt,
    createdAt: receivedAt,
    updatedAt: resolvedAt ?? receivedAt,
    ...fields,
  };
}
