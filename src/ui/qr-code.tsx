// A QR code of a text, drawn as SVG so it stays sharp at any size: a phone held up to
// a webcam, a projector wall. The caller sizes it with CSS; the quiet zone is included.

import QRCode from 'qrcode';
import { useEffect, useState, type ReactNode } from 'react';

type Props = {
  text: string;
  alt: string;
  className?: string;
  /** Error correction: M (15 %) by default; results use it, invites too. */
  level?: 'L' | 'M' | 'Q' | 'H';
  /** Shown instead of the code when it cannot be drawn. */
  fallback: ReactNode;
  testId?: string;
};

type Drawn = { text: string; url: string | null };

export function QrCode({ text, alt, className = 'qr-code', level = 'M', fallback, testId }: Props) {
  const [drawn, setDrawn] = useState<Drawn>();

  useEffect(() => {
    let cancelled = false;
    QRCode.toString(text, { type: 'svg', errorCorrectionLevel: level, margin: 4 }).then(
      (svg) =>
        !cancelled &&
        setDrawn({ text, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }),
      () => !cancelled && setDrawn({ text, url: null }),
    );
    return () => {
      cancelled = true;
    };
  }, [text, level]);

  if (drawn?.text !== text) return <div className={className} aria-hidden="true" />;
  if (!drawn.url) return <>{fallback}</>;
  return <img className={className} src={drawn.url} alt={alt} data-testid={testId} />;
}
