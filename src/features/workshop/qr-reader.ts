// Reading QR codes from camera frames and photos (issue 11). The browser's own
// BarcodeDetector is used where it reads QR codes (Chrome on Android and macOS, Edge,
// Samsung Internet); elsewhere (desktop Chrome on Linux and Windows, Firefox, Safari)
// ZXing compiled to WebAssembly (the barcode-detector package) does the same job. That
// module and its .wasm load only when scanning starts (qr-zxing.ts).

export type QrReader = {
  readonly engine: 'native' | 'zxing';
  /** The texts of the QR codes in the picture (usually none or one). */
  read(picture: ImageBitmapSource): Promise<string[]>;
};

type DetectorLike = { detect(picture: ImageBitmapSource): Promise<{ rawValue: string }[]> };
type DetectorClass = {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats(): Promise<string[]>;
};

function readerFrom(detector: DetectorLike, engine: QrReader['engine']): QrReader {
  return {
    engine,
    read: async (picture) => (await detector.detect(picture)).map((code) => code.rawValue),
  };
}

async function nativeReader(): Promise<QrReader | undefined> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Native) return undefined;
  try {
    if (!(await Native.getSupportedFormats()).includes('qr_code')) return undefined;
    return readerFrom(new Native({ formats: ['qr_code'] }), 'native');
  } catch {
    return undefined;
  }
}

let loading: Promise<QrReader> | undefined;

/** The reader, loaded once per page; rejects when neither engine can start. */
export function loadQrReader(): Promise<QrReader> {
  loading ??= (async () => {
    const native = await nativeReader();
    if (native) return native;
    const { zxingDetector } = await import('./qr-zxing');
    return readerFrom(await zxingDetector(), 'zxing');
  })();
  loading.catch(() => {
    loading = undefined; // let a later attempt try again (e.g. back online)
  });
  return loading;
}
