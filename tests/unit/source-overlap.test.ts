// Our text is our own (issue 15, shared/seeds/README): no locale string may share a run
// of 6 or more words with one of the five source articles. Words are compared after
// normalising case, punctuation and Persian/Arabic letter variants; numbers and names
// (products, companies, methods) break a run, since those carry over by right.
//
// The articles live in shared/seeds next to the repository (../shared/seeds from the
// repository root, as on the developers' machines and in CI).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

export const RUN = 6;

const SEEDS_DIR = resolve(process.cwd(), '..', 'shared', 'seeds');

/** Names that may appear in our text as in the sources (each breaks a run). */
const NAMES = [
  'forum corporation',
  'net promoter score',
  'skor promoter bersih',
  'csat',
  'nps',
  'crm',
  'h e a r d',
  'pepi',
  'mcdonald s',
  'starbucks',
  'centricity',
  'voip',
].map((name) => name.split(' '));

const BREAK = '\u0000';

export function words(text: string): string[] {
  const tokens = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\u200c|\u200d|[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\u064a/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map((token) => (/\p{N}/u.test(token) ? BREAK : token));
  for (let index = 0; index < tokens.length; index++) {
    for (const name of NAMES) {
      if (name.every((part, offset) => tokens[index + offset] === part)) {
        tokens.fill(BREAK, index, index + name.length);
      }
    }
  }
  return tokens;
}

/** Every run of RUN consecutive words with no number or name inside. */
export function runs(tokens: readonly string[]): string[] {
  const found: string[] = [];
  for (let start = 0; start + RUN <= tokens.length; start++) {
    const run = tokens.slice(start, start + RUN);
    if (!run.includes(BREAK)) found.push(run.join(' '));
  }
  return found;
}

type Seed = { file: string; runs: Set<string> };

function loadSeeds(): Seed[] {
  if (!existsSync(SEEDS_DIR)) {
    throw new Error(
      `The source articles were not found at ${SEEDS_DIR}. Check out the repository next to ` +
        'the shared/ folder (shared/seeds/*.txt) so that the overlap check can run.',
    );
  }
  const files = readdirSync(SEEDS_DIR).filter((file) => /^\d{3}_.*\.txt$/.test(file));
  if (files.length !== 5)
    throw new Error(`Expected 5 source articles in ${SEEDS_DIR}, found ${files.length}.`);
  return files.map((file) => ({
    file,
    runs: new Set(runs(words(readFileSync(join(SEEDS_DIR, file), 'utf8')))),
  }));
}

function localeStrings(): { key: string; text: string }[] {
  const strings: { key: string; text: string }[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') strings.push({ key, text: value });
    else if (value && typeof value === 'object')
      for (const [child, inner] of Object.entries(value)) walk(inner, `${key}.${child}`);
  };
  for (const language of readdirSync('locales')) {
    const dir = join('locales', language);
    if (!existsSync(join(dir, 'common.json'))) continue;
    for (const file of readdirSync(dir)) {
      walk(
        JSON.parse(readFileSync(join(dir, file), 'utf8')),
        `${language}/${file.replace(/\.json$/, '')}`,
      );
    }
  }
  return strings;
}

export function overlaps(text: string, seeds: readonly Seed[]): string[] {
  const hits: string[] = [];
  for (const run of runs(words(text))) {
    for (const seed of seeds) if (seed.runs.has(run)) hits.push(`“${run}” (${seed.file})`);
  }
  return hits;
}

describe('locale strings against the source articles', () => {
  const seeds = loadSeeds();

  it('finds a copied sentence, and lets numbers and names through', () => {
    const copied = 'Zákazníkom uľahčujeme jednanie s nami a vždy odpovieme.';
    expect(overlaps(copied, seeds)).toEqual([]); // five words shared: allowed
    const longer = 'Vaša politika zákazníckych služieb by mala byť prispôsobená potrebám.';
    expect(overlaps(longer, seeds).length).toBeGreaterThan(0);
    // A name or a number in the middle breaks the run.
    expect(words('Forum Corporation 28 a viac')).toEqual([
      '\u0000',
      '\u0000',
      '\u0000',
      'a',
      'viac',
    ]);
  });

  it(`no string shares ${RUN} or more words in a row with a source`, () => {
    const strings = localeStrings();
    expect(strings.length).toBeGreaterThan(1000);
    const flagged = strings
      .map(({ key, text }) => ({ key, hits: overlaps(text, seeds) }))
      .filter(({ hits }) => hits.length > 0)
      .map(({ key, hits }) => `${key}: ${hits.join('; ')}`);
    expect(flagged).toEqual([]);
  });
});
