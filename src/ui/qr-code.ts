// The one module that imports the QR-code library (the lint fence allows it only in
// qr-*.ts files): a text drawn as an SVG data URL, sharp at any size (a phone held up to a
// webcam, a projector wall), with medium error correction and the standard quiet zone.
import QRCode from 'qrcode';

export async function qrCodeDataUrl(
  text: string,
  level: 'L' | 'M' | 'Q' | 'H' = 'M',
): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: level, margin: 4 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
