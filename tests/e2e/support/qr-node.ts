// QR codes in Node for the browser tests: read the codes in a screenshot (ZXing, the same
// WebAssembly reader the app loads, here from node_modules) and draw one as a PNG "photo".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
let prepared = false;

function prepare() {
  if (prepared) return;
  const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  prepareZXingModule({
    overrides: {
      wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
    },
  });
  prepared = true;
}

/** The texts of the QR codes in a PNG (a Playwright screenshot). */
export async function readQrCodes(png: Buffer): Promise<string[]> {
  prepare();
  const results = await readBarcodes(new Uint8Array(png), { formats: ['QRCode'] });
  return results.filter((result) => result.isValid).map((result) => result.text);
}

/** A PNG picture of a QR code holding `text`, as a phone photo would show it. */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 4, width: 480 });
}
