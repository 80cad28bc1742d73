// The vision builder (seed 003, part 2, step 1): five prompts, then a short statement
// written with the verbs from the last prompt shown beside it, each marked once the
// statement uses it. The example is shown as an example, never put into the fields.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { saveVision } from '../../db/policies';
import {
  MAX_VISION_PROMPT,
  MAX_VISION_STATEMENT,
  VISION_PROMPTS,
  VISION_STATEMENT_WORDS,
  splitList,
  verbsUsed,
  wordCount,
  type Policy,
  type Vision,
} from '../../domain/policy';
import { useFormat } from '../../ui/use-format';
import { useUnsavedPrompt } from './use-unsaved-prompt';
import { UserText } from '../../ui/user-text';
import { SaveFeedback } from './save-feedback';
import { useSaveAction } from './use-save-action';

const field = (max: number) => z.string().check(z.trim(), z.maxLength(max, { error: 'tooLong' }));
const visionFormSchema = z.object({
  futureReasons: field(MAX_VISION_PROMPT),
  customerReasons: field(MAX_VISION_PROMPT),
  innovationSteps: field(MAX_VISION_PROMPT),
  keyElements: field(MAX_VISION_PROMPT),
  verbs: field(MAX_VISION_PROMPT),
  statement: field(MAX_VISION_STATEMENT),
});

export function VisionStep({ policy }: { policy: Policy }) {
  const { t } = useTranslation('policy');
  const format = useFormat();
  const save = useSaveAction();
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<Vision>({
    resolver: zodResolver(visionFormSchema),
    defaultValues: policy.content.vision,
  });
  useUnsavedPrompt(isDirty, t('unsavedChanges'));
  const verbsText = useWatch({ control, name: 'verbs' });
  const statement = useWatch({ control, name: 'statement' });
  const verbs = splitList(verbsText ?? '');
  const used = new Set(verbsUsed(verbs, statement ?? ''));
  const words = wordCount(statement ?? '');

  const onSubmit = handleSubmit(async (values) => {
    await save.run(async () => {
      await saveVision(policy.id, values);
      reset(values);
    }, t('vision.saved'));
  });

  const tooLong = (name: keyof Vision, max: number) =>
    errors[name] ? (
      <p className="field__error" id={`vision-${name}-error`}>
        {t('tooLong', { max: format.integer(max) })}
      </p>
    ) : null;
  const describedBy = (name: keyof Vision, hint: boolean) =>
    [hint ? `vision-${name}-hint` : '', errors[name] ? `vision-${name}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <section className="policy-step" aria-labelledby="vision-title">
      <h2 id="vision-title">{t('vision.title')}</h2>
      <p>{t('vision.intro')}</p>
      <form className="vision-form" onSubmit={onSubmit} noValidate>
        <ol className="vision-prompts">
          {VISION_PROMPTS.map((name) => (
            <li key={name} className="field">
              <label htmlFor={`vision-${name}`}>{t(`vision.prompts.${name}`)}</label>
              <p className="field__hint" id={`vision-${name}-hint`}>
                {t(`vision.hints.${name}`)}
              </p>
              <textarea
                id={`vision-${name}`}
                rows={name === 'verbs' || name === 'keyElements' ? 2 : 4}
                dir="auto"
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={describedBy(name, true)}
                {...register(name)}
              />
              {tooLong(name, MAX_VISION_PROMPT)}
            </li>
          ))}
        </ol>

        <div className="vision-statement">
          <div className="field vision-statement__field">
            <label htmlFor="vision-statement">{t('vision.statement')}</label>
            <p className="field__hint" id="vision-statement-hint">
              {t('vision.statementHint')}
            </p>
            <textarea
              id="vision-statement"
              rows={3}
              dir="auto"
              aria-invalid={errors.statement ? true : undefined}
              aria-describedby={[describedBy('statement', true), 'vision-statement-count'].join(
                ' ',
              )}
              {...register('statement')}
            />
            <p className="field__hint" id="vision-statement-count">
              {t('vision.words', { count: words })}
              {words > VISION_STATEMENT_WORDS && (
                <> · {t('vision.tooLong', { max: format.integer(VISION_STATEMENT_WORDS) })}</>
              )}
            </p>
            {tooLong('statement', MAX_VISION_STATEMENT)}
          </div>
          <aside className="vision-verbs" aria-labelledby="vision-verbs-title">
            <h3 id="vision-verbs-title">{t('vision.verbsTitle')}</h3>
            {verbs.length === 0 ? (
              <p className="muted">{t('vision.verbsEmpty')}</p>
            ) : (
              <ul className="verb-chips">
                {verbs.map((verb, index) => (
                  <li
                    key={`${verb}-${index}`}
                    className={`verb-chip${used.has(verb) ? ' is-used' : ''}`}
                  >
                    <UserText>{verb}</UserText>
                    <span className="visually-hidden">
                      {' '}
                      ({used.has(verb) ? t('vision.verbUsed') : t('vision.verbUnused')})
                    </span>
                    {used.has(verb) && (
                      <span className="verb-chip__mark" aria-hidden="true">
                        ✓
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </aside>
        </div>

        <aside className="policy-example" aria-labelledby="vision-example-title">
          <h3 id="vision-example-title">{t('vision.exampleTitle')}</h3>
          <p>{t('vision.example')}</p>
          <p className="muted">{t('vision.exampleNote')}</p>
        </aside>

        <div className="actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('vision.save')}
          </button>
        </div>
        <SaveFeedback error={save.error} status={save.status} stale={isDirty} />
      </form>
    </section>
  );
}
