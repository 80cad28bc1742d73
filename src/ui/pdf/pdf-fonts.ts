// The PDF's font files, served from our own origin (hashed assets, precached by the
// service worker for offline use) and fetched only when a PDF is made. Vazirmatn by
// Saber Rastikerdar, SIL Open Font License 1.1 (node_modules/vazirmatn/OFL.txt).
import boldUrl from 'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf?url';
import regularUrl from 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf?url';
import type { PdfFonts } from './pdf-renderer';

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let loading: Promise<PdfFonts> | undefined;

export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
