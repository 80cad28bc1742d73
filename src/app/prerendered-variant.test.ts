import { describe, expect, it } from 'vitest';
import {
  NAME_STAND_INS,
  SHARE_TITLE_ATTRIBUTE,
  SURVEY_STEP_ATTRIBUTE,
  fillSharedTitle,
  keepSurveyStep,
  prerenderedScreenFor,
  surveyStepFor,
} from './prerendered-variant';

describe('which prerendered screen a visit gets', () => {
  it.each([
    ['/', 'home'],
    ['/s', 'share'],
    ['/s/', 'share'],
    ['/settings', 'layout'],
    ['/s/x', 'layout'],
    ['/sx', 'layout'],
    ['/a/1/share', 'layout'],
    ['/a/5d1c/survey/3', 'survey'],
    ['/a/5d1c/survey/3/', 'survey'],
    ['/a/5d1c/survey/12', 'survey'], // no such step: the boot falls back to the layout
    ['/a/5d1c/survey/', 'layout'],
    ['/a/5d1c/survey/x', 'layout'],
    ['/a/5d1c/survey/3/more', 'layout'],
    ['/a//survey/3', 'layout'],
    ['/b/5d1c/survey/3', 'layout'],
  ] as const)('%s → %s', (path, screen) => {
    expect(prerenderedScreenFor(path)).toBe(screen);
  });

  it.each([
    ['/a/5d1c/survey/3', '3'],
    ['/a/5d1c/survey/07/', '07'],
    ['/a/5d1c/results', ''],
  ])('the survey step of %s is %j', (path, step) => {
    expect(surveyStepFor(path)).toBe(step);
  });
});

/** The survey screen as prerender.tsx makes it: the top of each step in a wrapper. */
function surveyScreen(): HTMLElement {
  const page = document.createElement('div');
  page.innerHTML = ['1', '2', '3']
    .map((step) => `<div ${SURVEY_STEP_ATTRIBUTE}="${step}"><h1>Section ${step}</h1></div>`)
    .join('');
  return page;
}

describe('the prerendered top of a survey step', () => {
  it.each(['1', '2', '3'])('keeps step %s alone, without its wrapper', (step) => {
    const page = surveyScreen();
    expect(keepSurveyStep(page, step)).toBe(true);
    expect([...page.children].map((child) => child.outerHTML)).toEqual([
      `<h1>Section ${step}</h1>`,
    ]);
  });

  it.each(['', '0', '4', '01'])('has no step %j: says so, and keeps none', (step) => {
    const page = surveyScreen();
    expect(keepSurveyStep(page, step)).toBe(false);
    expect(page.children).toHaveLength(0);
  });
});

/** The share screen as prerender.tsx makes it: a heading per number of names. */
function prerendered(): HTMLElement {
  const page = document.createElement('div');
  const [first, second] = NAME_STAND_INS;
  page.innerHTML =
    `<div ${SHARE_TITLE_ATTRIBUTE}="0"><h1>Shared result</h1></div>` +
    `<div ${SHARE_TITLE_ATTRIBUTE}="1"><h1>Shared result: <bdi>${first}</bdi></h1></div>` +
    `<div ${SHARE_TITLE_ATTRIBUTE}="2"><h1>Shared result: <bdi>${first}</bdi> · <bdi>${second}</bdi></h1></div>`;
  return page;
}

describe('the prerendered heading of a share link', () => {
  it.each([
    [[], 'Shared result', []],
    [['Ana'], 'Shared result: Ana', ['Ana']],
    [['Kedai Kopi 88', 'مریم'], 'Shared result: Kedai Kopi 88 · مریم', ['Kedai Kopi 88', 'مریم']],
  ])('with names %j reads %j', (names, text, isolated) => {
    const page = prerendered();
    fillSharedTitle(page, names);
    const headings = page.querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(headings[0]!.parentElement).toBe(page);
    expect(headings[0]!.textContent).toBe(text);
    expect([...headings[0]!.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual(
      isolated,
    );
    expect(page.querySelector(`[${SHARE_TITLE_ATTRIBUTE}]`)).toBeNull();
  });

  it('writes names as text: markup in a name is shown, never parsed', () => {
    const page = prerendered();
    fillSharedTitle(page, ['<img src=x onerror=alert(1)>']);
    expect(page.querySelector('img')).toBeNull();
    expect(page.querySelector('bdi')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('works on a template’s inert content, as the boot script uses it', () => {
    const template = document.createElement('template');
    template.innerHTML = prerendered().innerHTML;
    fillSharedTitle(template.content, ['Ana']);
    expect(template.content.querySelector('h1')?.textContent).toBe('Shared result: Ana');
  });
});
