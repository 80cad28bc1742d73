import { describe, expect, it } from 'vitest';
import {
  NAME_STAND_INS,
  SHARE_TITLE_ATTRIBUTE,
  fillSharedTitle,
  prerenderedScreenFor,
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
  ] as const)('%s → %s', (path, screen) => {
    expect(prerenderedScreenFor(path)).toBe(screen);
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
