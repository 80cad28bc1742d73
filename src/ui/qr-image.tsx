// A QR code of a text as an image (SVG, sharp at any size; qr-code.ts draws it). The
// caller sizes it with CSS; the quiet zone is included.

import { useEffect, useState, type ReactNode } from 'react';
import { qrCodeDataUrl } from './qr-code';

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

export function QrImage({
  text,
  alt,
  className = 'qr-code',
  level = 'M',
  fallback,
  testId,
}: Props) {
  const [drawn, setDrawn] = useState<Drawn>();

  useEffect(() => {
    let cancelled = false;
    qrCodeDataUrl(text, level).then(
      (url) => !cancelled && setDrawn({ text, url }),
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
