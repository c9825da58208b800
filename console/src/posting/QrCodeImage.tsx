import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * The QR code a posting sheet prints beside a procedure: the `qrcode` library's SVG for the
 * address, shown as an <img> from a data URL — never inserted as markup, so nothing in an
 * address can become part of the page. The address is the image's alt text and title too.
 */
export function QrCodeImage({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => live && setSrc(svgDataUrl(svg)))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [url]);

  if (src === null) return <span className="qr-pending" aria-hidden="true" />;
  return <img className="qr-code" src={src} alt={`${label}: ${url}`} title={url} data-testid="qr-code" />;
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
