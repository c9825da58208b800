import { describe, expect, it } from 'vitest';
import { onlineServiceOfHeader, roleOfHeader } from './column-roles';
import { looksLikePagerOrFooter, readGroupHeading } from './group-heading';
import { higherOnlineService, parseOnlineService } from './online-service';
import { nameWithoutCode } from './row-code';

describe('roleOfHeader', () => {
  it.each([
    ['Mã TTHC', 'code'],
    ['MÃ SỐ TTHC', 'code'],
    ['Mã thủ tục', 'code'],
    ['Mã số', 'code'],
    ['Ma so', 'code'],
    ['Tên thủ tục hành chính', 'name'],
    ['Tên TTHC', 'name'],
    ['Tên thủ tục', 'name'],
    ['Lĩnh vực', 'field'],
    ['Cấp thực hiện', 'level'],
    ['Cơ quan thực hiện', 'agency'],
    ['Mức độ', 'onlineService'],
    ['Mức độ DVC', 'onlineService'],
    ['Dịch vụ công trực tuyến', 'onlineService'],
    ['Thời hạn giải quyết', 'processingTime'],
    ['Phí, lệ phí', 'fees'],
    ['Lệ phí', 'fees'],
    ['Căn cứ pháp lý', 'legalBasis'],
    ['STT', 'index'],
    ['#', 'index'],
    ['Ph&iacute;, lệ ph&iacute;'.replace(/&iacute;/g, 'í'), 'fees'],
    ['Tên thủ tục'.normalize('NFD'), 'name'],
  ])('%s → %s', (label, role) => {
    expect(roleOfHeader(label)).toBe(role);
  });

  it('does not take look-alike headers', () => {
    expect(roleOfHeader('Mã số hồ sơ')).toBeNull();
    expect(roleOfHeader('Ghi chú')).toBeNull();
    expect(roleOfHeader('')).toBeNull();
  });

  it('tells value headers ("Mức độ 4") from the column header ("Mức độ")', () => {
    expect(onlineServiceOfHeader('Mức độ 4')).toBe('full');
    expect(onlineServiceOfHeader('Mức độ 3')).toBe('partial');
    expect(onlineServiceOfHeader('Toàn trình')).toBe('full');
    expect(onlineServiceOfHeader('Một phần')).toBe('partial');
    expect(onlineServiceOfHeader('Mức độ')).toBeNull();
    expect(onlineServiceOfHeader('Mức độ DVC')).toBeNull();
  });
});

describe('parseOnlineService', () => {
  it.each([
    ['Toàn trình', 'full'],
    ['DVC trực tuyến toàn trình', 'full'],
    ['Một phần', 'partial'],
    ['Mức độ 4', 'full'],
    ['MỨC ĐỘ 3', 'partial'],
    ['Mức độ 2', 'none'],
    ['4', 'full'],
    ['Không', 'none'],
  ])('%s → %s', (text, value) => {
    expect(parseOnlineService(text)).toBe(value);
  });

  it('is null when the text says nothing', () => {
    expect(parseOnlineService('')).toBeNull();
    expect(parseOnlineService('Xem chi tiết')).toBeNull();
  });

  it('keeps the higher of two levels', () => {
    expect(higherOnlineService('partial', 'full')).toBe('full');
    expect(higherOnlineService('full', 'none')).toBe('full');
    expect(higherOnlineService(null, 'none')).toBe('none');
  });
});

describe('readGroupHeading', () => {
  it.each([
    ['I. Lĩnh vực Hộ tịch', { field: 'Hộ tịch' }],
    ['Lĩnh vực: Hộ tịch', { field: 'Hộ tịch' }],
    ['LĨNH VỰC ĐẤT ĐAI (12)', { field: 'ĐẤT ĐAI' }],
    ['II - Chứng thực', { field: 'Chứng thực' }],
    ['A. Cấp tỉnh', { levels: ['province'] }],
    ['B. THỦ TỤC HÀNH CHÍNH CẤP HUYỆN', { levels: ['district'] }],
    ['Cấp thực hiện: Cấp Xã', { levels: ['commune'] }],
    ['Lĩnh vực Cấp, thoát nước', { field: 'Cấp, thoát nước' }],
  ])('%s', (text, heading) => {
    expect(readGroupHeading(text)).toEqual(heading);
  });

  it('does not read pagers, footers or prose as headings', () => {
    expect(readGroupHeading('« 1 2 3 »')).toBeNull();
    expect(readGroupHeading('Trang 1 / 5')).toBeNull();
    expect(readGroupHeading('Tổng số: 125 thủ tục')).toBeNull();
    expect(readGroupHeading('x'.repeat(200))).toBeNull();
    expect(looksLikePagerOrFooter('Hiển thị 1 - 10 của 125')).toBe(true);
    expect(looksLikePagerOrFooter('Hộ tịch')).toBe(false);
  });
});

describe('nameWithoutCode', () => {
  it.each([
    ['1.004227 - Đăng ký khai sinh', '1.004227'],
    ['Đăng ký khai sinh (1.004227)', '1.004227'],
    ['Đăng ký khai sinh [Mã: 1.004227]', '1.004227'],
    ['Đăng ký khai sinh - 1.004227.H19', '1.004227.H19'],
    ['(1.004227) Đăng ký khai sinh', '1.004227'],
  ])('%s', (name, raw) => {
    expect(nameWithoutCode(name, raw)).toBe('Đăng ký khai sinh');
  });

  it('keeps a code written inside the name, and a name that is only a code', () => {
    expect(nameWithoutCode('Sửa đổi thủ tục 1.004227 về hộ tịch', '1.004227')).toBe(
      'Sửa đổi thủ tục 1.004227 về hộ tịch',
    );
    expect(nameWithoutCode('1.004227', '1.004227')).toBe('1.004227');
  });
});
