// The one module that imports the QR-code library (the lint fence allows it only in
// qr-*.ts files): a link drawn as a PNG data URL, large enough for a projector and with
// medium error correction so a phone camera reads it from across a room.
import QRCode from 'qrcode';

export function qrCodeDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, width: 640 });
}
