// The heading of an opened share link, with the names the result carries. The build
// prerenders it with stand-ins for the names (app/prerender.tsx) and the boot script
// writes the decoded names in before the first paint (app/boot.ts), so a first visit's
// largest text is on screen before any of the app's code has loaded.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/page-heading';
import { TextParts, sentence } from '../../ui/user-text';

export function SharedResultTitle({ names }: { names: readonly string[] }) {
  const { t } = useTranslation('share');
  return (
    <PageHeading>
      {names.length > 0
        ? sentence((values) => t('open.titleFor', values), { name: <TextParts parts={names} /> })
        : t('open.title')}
    </PageHeading>
  );
}
