// User text inside a translated sentence keeps its own direction: a Latin business name
// in a Persian heading (or a Persian one in English) is wrapped in Unicode isolates
// (FSI … PDI), which also works where markup cannot go, such as the document title.
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
