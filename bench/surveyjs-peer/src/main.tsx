// The Centricity audit as a SurveyJS app would build it: one page per section, each of
// the 25 statements a required 1–5 radio group with the same labels (as Centricity shows
// it), the texts taken from Centricity's English locale at build time. The fontless theme: like Centricity, it uses the
// system's fonts rather than fetching Open Sans from Google.
import 'survey-core/survey-core.fontless.min.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import instrument from '../../../locales/en/instrument.json';

const scale = Object.entries(instrument.scale).map(([value, text]) => ({
  value: Number(value),
  text,
}));

const pages = Object.entries(instrument.sections).map(([sectionId, section]) => ({
  name: sectionId,
  title: section.name,
  description: section.question,
  elements: Object.entries(
    instrument.items[sectionId as keyof typeof instrument.items] as Record<string, string>,
  ).map(([number, statement]) => ({
    type: 'radiogroup',
    name: `${sectionId}.${number}`,
    title: statement,
    isRequired: true,
    choices: scale,
  })),
}));

const model = new Model({
  title: 'Customer-centricity self-audit',
  showProgressBar: 'top',
  showQuestionNumbers: 'off',
  pages,
});

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
createRoot(root).render(
  <StrictMode>
    <Survey model={model} />
  </StrictMode>,
);
