import { describe, expect, it } from 'vitest';
import { DOMS } from './test-documents';
import { attributeOf, linesOf, multilineTextOf, textOf, valueOrNull } from './text';

const HTML = `<!DOCTYPE html><html><body>
  <h1 id="name"> Cấp điện mới từ lưới điện hạ
      &aacute;p </h1>
  <table><tr><td id="qty">Bản ch&iacute;nh: 1<br />Bản sao: 0</td></tr></table>
  <div id="nfd">Thi&ecirc;${'\u0301'}t bi${'\u0323'} y tê${'\u0301'}</div>
  <div id="mess">&nbsp;Ð&#7889;i t\u200b&#432;&#7907;ng&nbsp;&nbsp;th&#7921;c hi&#7879;n\u00a0</div>
  <div id="script">Tên<script>var x = '<b>not text</b>';</script><style>.a{}</style> thủ tục</div>
  <div id="steps"><p>Bước 1</p><p>Bước 2</p><ul><li>a</li><li>b</li></ul></div>
  <div id="pre" style="white-space: pre-wrap;">Dòng 1
Dòng 2</div>
  <table id="row"><tr><td>1.004227</td><td>Đăng ký khai sinh</td></tr></table>
  <p id="title" data-title="Ph&iacute;, lệ ph&iacute;" title="  "></p>
  <p id="empty">   </p>
</body></html>`;

describe.each(DOMS)('text helpers ($name)', ({ parse }) => {
  async function withDoc<T>(f: (d: Document) => T): Promise<T> {
    const { document, close } = parse(HTML, 'https://dichvucong.gov.vn/');
    try {
      return f(document);
    } finally {
      await close();
    }
  }
  const el = (d: Document, id: string) => d.getElementById(id);

  it('decodes entities, joins source line breaks, trims', async () => {
    expect(await withDoc((d) => textOf(el(d, 'name')))).toBe('Cấp điện mới từ lưới điện hạ áp');
  });

  it('keeps <br>-separated parts apart', async () => {
    expect(await withDoc((d) => textOf(el(d, 'qty')))).toBe('Bản chính: 1 Bản sao: 0');
    expect(await withDoc((d) => linesOf(el(d, 'qty')))).toEqual(['Bản chính: 1', 'Bản sao: 0']);
  });

  it('composes NFD marks that follow entities', async () => {
    expect(await withDoc((d) => textOf(el(d, 'nfd')))).toBe('Thiết bị y tế');
  });

  it('cleans NBSP, zero-width spaces, numeric entities and the Ð look-alike', async () => {
    expect(await withDoc((d) => textOf(el(d, 'mess')))).toBe('Đối tượng thực hiện');
  });

  it('skips script and style text', async () => {
    expect(await withDoc((d) => textOf(el(d, 'script')))).toBe('Tên thủ tục');
  });

  it('gives block elements their own lines, and keeps pre-wrap line breaks', async () => {
    expect(await withDoc((d) => multilineTextOf(el(d, 'steps')))).toBe('Bước 1\nBước 2\na\nb');
    expect(await withDoc((d) => multilineTextOf(el(d, 'pre')))).toBe('Dòng 1\nDòng 2');
    expect(await withDoc((d) => textOf(el(d, 'pre')))).toBe('Dòng 1 Dòng 2');
  });

  it('never glues table cells together', async () => {
    expect(await withDoc((d) => textOf(el(d, 'row')))).toBe('1.004227 Đăng ký khai sinh');
  });

  it('reads attributes decoded and cleaned, blank as null', async () => {
    expect(await withDoc((d) => attributeOf(el(d, 'title'), 'data-title'))).toBe('Phí, lệ phí');
    expect(await withDoc((d) => attributeOf(el(d, 'title'), 'title'))).toBeNull();
    expect(await withDoc((d) => attributeOf(el(d, 'title'), 'href'))).toBeNull();
  });

  it('reads missing and empty nodes as empty', async () => {
    expect(await withDoc((d) => textOf(el(d, 'empty')))).toBe('');
    expect(textOf(null)).toBe('');
    expect(linesOf(undefined)).toEqual([]);
  });
});

describe('valueOrNull', () => {
  it('turns empty text and placeholders into null, case-insensitively', () => {
    expect(valueOrNull('  ')).toBeNull();
    expect(valueOrNull('KHÔNG CÓ THÔNG TIN', ['Không có thông tin'])).toBeNull();
    expect(valueOrNull('Không có yêu cầu điều kiện', ['Không có thông tin'])).toBe(
      'Không có yêu cầu điều kiện',
    );
  });

  it('keeps line breaks, cleaning each line', () => {
    expect(valueOrNull(' Bước\u00a01 \n\n  Bước 2 ')).toBe('Bước 1\nBước 2');
  });
});
