import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Props = { kind?: 'page' | 'assessment' };

export function NotFound({ kind = 'page' }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="page page--narrow" data-testid="not-found">
      <h1 ref={heading} tabIndex={-1}>
        {kind === 'assessment' ? t('notFound.assessmentTitle') : t('notFound.title')}
      </h1>
      <p>{kind === 'assessment' ? t('notFound.assessmentBody') : t('notFound.body')}</p>
      <p>
        <Link className="button" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}
