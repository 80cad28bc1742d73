// A translated sentence that quotes a piece of left-to-right text (a pasted link, a code)
// where the sentence names it: the quote stays isolated and left to right, so its order
// survives in Persian, and it is shown exactly as it was found.

const QUOTE_MARK = '\u2063quote\u2063';

export function SentenceWithQuote({
  sentence,
  quote,
}: {
  /** Builds the translated sentence around a placeholder for the quote. */
  sentence: (placeholder: string) => string;
  quote: string;
}) {
  const [before = '', ...after] = sentence(QUOTE_MARK).split(QUOTE_MARK);
  return (
    <>
      {before}
      <bdi dir="ltr" className="quoted-text">
        {quote}
      </bdi>
      {after.join(quote)}
    </>
  );
}
