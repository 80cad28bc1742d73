// The paper rules that depend on the report's data: a running header (name, course,
// date) and "Page N of M" in every page's margin, drawn by the browser's print engine
// (CSS @page margin boxes, Chromium 131+). The text is written into a CSS string, so it
// is escaped; the numbers use the language's digits (Persian: counter style "persian").
import type { ReportContent } from './report-content';

/**
 * A CSS string literal holding `text` as plain text.
 *
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<>\n\r\f]/g, (char) => {
    const code = char.codePointAt(0)!.toString(16);
    return `\\${code} `;
  });
  return `"${escaped}"`;
}

/** CSS counter styles matching Intl's digits for a language (others fall back to decimal). */
const COUNTER_STYLES: Record<string, string> = { arabext: 'persian', arab: 'arabic-indic' };

/** @internal Exported for its unit test only (knip --production checks the rest). */
export function pageNumberContent(content: Pick<ReportContent, 'language' | 'pageOf'>): string {
  const numbering = new Intl.NumberFormat(content.language).resolvedOptions().numberingSystem;
  const style = COUNTER_STYLES[numbering] ?? 'decimal';
  const PAGE = '\ue000';
  const PAGES = '\ue001';
  return content
    .pageOf(PAGE, PAGES)
    .split(/([\ue000\ue001])/)
    .filter((part) => part !== '')
    .map((part) =>
      part === PAGE
        ? `counter(page, ${style})`
        : part === PAGES
          ? `counter(pages, ${style})`
          : cssString(part),
    )
    .join(' ');
}

/** Each piece of the header isolated (FSI … PDI), so a Latin name or course code in a
 * Persian header keeps its place and a date's digits stay with the date. */
function headerText(parts: readonly string[], separator: string): string {
  return parts.map((part) => `\u2068${part}\u2069`).join(separator);
}

export function PrintPageRules({ content }: { content: ReportContent }) {
  const direction = content.rtl ? 'rtl' : 'ltr';
  const rules = `@media print {
  @page {
    @top-center {
      content: ${cssString(headerText(content.runningHeaderParts, content.separator))};
      direction: ${direction};
    }
    @bottom-center {
      content: ${pageNumberContent(content)};
      direction: ${direction};
    }
  }
}`;
  return <style>{rules}</style>;
}
