import { describe, expect, it } from 'vitest';
import { forgetQrCodeImages, qrCodePng, qrCodePngs } from './qr-code';
import { readQrCode } from './testing/qr-reading';

const PAGE = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1480';

describe('the QR code of a posting sheet', () => {
  it('reads back as the address, the same bytes every time, made again alike after being forgotten', () => {
    const png = qrCodePng(PAGE);
    expect(readQrCode(png)).toBe(PAGE);
    expect(qrCodePng(PAGE)).toBe(png);
    forgetQrCodeImages();
    const again = qrCodePng(PAGE);
    expect(again).not.toBe(png);
    expect(Buffer.from(again).equals(Buffer.from(png))).toBe(true);
  });

  it('makes one image per distinct address, each reading as its own', () => {
    const search = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?keyword=1.000005';
    const images = qrCodePngs([PAGE, search, PAGE]);
    expect([...images.keys()]).toEqual([PAGE, search]);
    expect([...images].map(([, png]) => readQrCode(png))).toEqual([PAGE, search]);
  });
});
