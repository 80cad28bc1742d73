// ZXing (WebAssembly) behind the BarcodeDetector interface, for browsers without a
// native QR reader. Loaded lazily by qr-reader.ts. The .wasm comes from our own origin
// (hashed into /assets by the build and precached by the service worker, so scanning
// works offline), never from the CDN the package would use by default; compiling it
// needs 'wasm-unsafe-eval' in the Content-Security-Policy (vite.config.ts).

import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

export async function zxingDetector(): Promise<BarcodeDetector> {
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith('.wasm') ? wasmUrl : prefix + path,
    },
    fireImmediately: true,
  });
  return new BarcodeDetector({ formats: ['qr_code'] });
}
