// The new-assessment form's validation: zod and the schema, loaded when the form is
// first used rather than with Home.
import { zodResolver } from '@hookform/resolvers/zod';
import { MAX_NAME_LENGTH, newAssessmentSchema } from '../../domain/assessment';

export { MAX_NAME_LENGTH };
export const resolver = zodResolver(newAssessmentSchema);
