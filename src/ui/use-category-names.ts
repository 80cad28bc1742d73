// Names of complaint categories (used by the complaint screens and the report) in the user's language: built-in ones translated, the
// owner's own ones as they spelled them most recently.
import { useTranslation } from 'react-i18next';
import {
  categoryKey,
  customCategories,
  isBuiltinCategoryKey,
  type Complaint,
} from '../domain/complaints';

export function useCategoryNames(complaints: readonly Complaint[]) {
  const { t } = useTranslation('complaints');
  const own = new Map(
    customCategories(complaints).map((name) => [
      categoryKey({ category: 'custom', customCategory: name }),
      name,
    ]),
  );
  /** The name of a category key, as the figures group them. */
  const ofKey = (key: string): string =>
    isBuiltinCategoryKey(key)
      ? t(`categories.${key}`)
      : (own.get(key) ?? key.replace(/^custom:/, ''));
  return {
    ofKey,
    of: (complaint: Pick<Complaint, 'category' | 'customCategory'>) =>
      ofKey(categoryKey(complaint)),
    own: [...own.values()],
  };
}
