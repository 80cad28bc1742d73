// A business name field that offers the businesses already audited (a datalist), so the
// owner picks the same spelling the audits use; any new name may be typed as well.
// (A shared picker is planned for src/ui; this one moves there when it lands.)
import { useMemo, type InputHTMLAttributes, type Ref } from 'react';
import { useAssessments } from '../../db/assessments';
import { businessesWithResults } from '../../domain/compare';

type Props = InputHTMLAttributes<HTMLInputElement> & { id: string; ref?: Ref<HTMLInputElement> };

export function BusinessPicker({ id, ref, ...input }: Props) {
  const assessments = useAssessments();
  const names = useMemo(
    () => businessesWithResults(assessments ?? []).filter((name) => name.trim() !== ''),
    [assessments],
  );
  const listId = `${id}-list`;
  return (
    <>
      <input ref={ref} id={id} type="text" autoComplete="organization" list={listId} {...input} />
      <datalist id={listId}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
