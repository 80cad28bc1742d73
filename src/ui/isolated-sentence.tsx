// A translated sentence with pieces of someone's text in it (a participant's name, a
// workshop's name, a pasted link, a file name): each piece is isolated, so a Latin name
// keeps its place in a Persian sentence and the other way round, and a link or code stays
// left to right. `isolate` does the same for plain strings (attributes, document titles).

type Piece = string | { readonly text: string; readonly dir: 'ltr' | 'auto' };

const mark = (index: number) => `\u2063${index}\u2063`;
const MARK = /\u2063(\d+)\u2063/;

export function IsolatedSentence({
  sentence,
  pieces,
}: {
  /** Builds the translated sentence from placeholders standing for the pieces. */
  sentence: (placeholders: Record<string, string>) => string;
  pieces: Record<string, Piece>;
}) {
  const names = Object.keys(pieces);
  const placeholders = Object.fromEntries(names.map((name, index) => [name, mark(index)]));
  const parts = sentence(placeholders).split(MARK);
  return (
    <>
      {parts.map((part, index) => {
        if (index % 2 === 0) return part;
        const piece = pieces[names[Number(part)]!]!;
        const { text, dir } = typeof piece === 'string' ? { text: piece, dir: 'auto' } : piece;
        return (
          <bdi key={index} dir={dir} className={dir === 'ltr' ? 'quoted-text' : undefined}>
            {text}
          </bdi>
        );
      })}
    </>
  );
}

/** Text wrapped in first-strong isolate marks, for places that take only a string. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
