import QRCode from 'qrcode';

/**
 * The text as an SVG QR code, to project a workshop's join link: medium error correction (15 %)
 * survives a blurred projector, a two-module margin keeps it readable on a dark slide.
 */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}
