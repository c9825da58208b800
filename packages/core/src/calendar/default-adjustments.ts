import type { CalendarAdjustment } from '../model/settings';

/**
 * The government's yearly changes to the civil servants' working calendar, as data.
 *
 * `statutoryHolidays` gives the days the Labour Code fixes, with its defaults for the days
 * the government chooses each year (which five days of Tết, which day beside 2/9). Each year
 * the Prime Minister approves the real schedule (a Văn phòng Chính phủ letter) and the
 * ministry in charge (Labour, Invalids and Social Affairs until 2025, then Home Affairs)
 * announces it. The rows below turn our defaults into that schedule: `working: false` is a
 * weekday given off (a swapped or bridging day), `working: true` is a Saturday worked to
 * make up for it, or a weekday our default would have given off but the schedule does not.
 *
 * Only schedules we could check against the announcement are listed; years not listed
 * matched the defaults (checked in working-days.test.ts) or are not yet announced. Offices
 * add or correct rows in their workspace settings; this table is only the starting point.
 */
export const DEFAULT_CALENDAR_ADJUSTMENTS: CalendarAdjustment[] = [
  // Tết Canh Tý 2020: off Thu 23/01 – Wed 29/01/2020 (29 Chạp Kỷ Hợi – mùng 5), 7 days.
  // Source: MoLISA notice on Tết 2020 for civil servants, approved by the Prime Minister (Nov 2019).
  { date: '2020-01-23', working: false, note: 'Tết Canh Tý: nghỉ từ 29 tháng Chạp (23/01–29/01/2020)' },
  { date: '2020-01-30', working: true, note: 'Tết Canh Tý: đợt nghỉ kết thúc 29/01/2020' },

  // Tết Tân Sửu 2021: off Wed 10/02 – Tue 16/02/2021 (29 Chạp Canh Tý – mùng 5), 7 days.
  // Source: MoLISA notice on Tết 2021 and Quốc khánh 2021 for civil servants (Nov 2020).
  { date: '2021-02-10', working: false, note: 'Tết Tân Sửu: nghỉ từ 29 tháng Chạp (10/02–16/02/2021)' },
  { date: '2021-02-17', working: true, note: 'Tết Tân Sửu: đợt nghỉ kết thúc 16/02/2021' },
  // Quốc khánh 2021: 2/9 (Thu) and 3/9 (Fri), off Thu 02/09 – Sun 05/09/2021.
  // Source: the same MoLISA notice (Nov 2020).
  { date: '2021-09-01', working: true, note: 'Quốc khánh 2021: ngày liền kề là 03/9, không phải 01/9' },
  { date: '2021-09-03', working: false, note: 'Quốc khánh 2021: nghỉ 02/9 và 03/9' },

  // Tết Quý Mão 2023: off Fri 20/01 – Thu 26/01/2023 (29 Chạp Nhâm Dần – mùng 5), 7 days.
  // Source: Deputy Prime Minister Vũ Đức Đam's approval of MoLISA's proposal (VPCP letter,
  // Nov 2022), announced by MoLISA.
  { date: '2023-01-20', working: false, note: 'Tết Quý Mão: nghỉ từ 29 tháng Chạp (20/01–26/01/2023)' },
  { date: '2023-01-27', working: true, note: 'Tết Quý Mão: đợt nghỉ kết thúc 26/01/2023' },

  // Tết Giáp Thìn 2024: off Thu 08/02 – Wed 14/02/2024 (29 Chạp Quý Mão – mùng 5): 5 days of
  // Tết + 2 compensatory days. Source: Thông báo 5015/TB-LĐTBXH of 22/11/2023, carrying out
  // VPCP letter 8662/VPCP-KGVX of 03/11/2023.
  { date: '2024-02-08', working: false, note: 'Tết Giáp Thìn: nghỉ từ 29 tháng Chạp (08/02–14/02/2024)' },
  { date: '2024-02-15', working: true, note: 'Tết Giáp Thìn: đợt nghỉ kết thúc 14/02/2024' },
  // 30/4–1/5/2024: Monday 29/04 swapped with Saturday 04/05, off Sat 27/04 – Wed 01/05/2024.
  // Source: VPCP letter 2450/VPCP-KGVX of 12/4/2024 and MoLISA's notice carrying it out.
  { date: '2024-04-29', working: false, note: '30/4–1/5/2024: hoán đổi thứ Hai 29/4 với thứ Bảy 4/5' },
  { date: '2024-05-04', working: true, note: '30/4–1/5/2024: làm bù cho thứ Hai 29/4' },
  // Quốc khánh 2024: 2/9 (Mon) and 3/9 (Tue), off Sat 31/08 – Tue 03/09/2024. Our default
  // (1/9, a Sunday, made up on 3/9) gives the same days; the row records the decision.
  // Source: Thông báo 5015/TB-LĐTBXH of 22/11/2023.
  { date: '2024-09-03', working: false, note: 'Quốc khánh 2024: nghỉ 02/9 và 03/9 (31/8–3/9/2024)' },

  // Tết Ất Tỵ 2025: off Sat 25/01 – Sun 02/02/2025 (26 Chạp Giáp Thìn – mùng 5), 9 days: the
  // weekdays Mon 27/01 – Fri 31/01 off, back to work Mon 03/02 (our default would have put
  // a compensatory day for Saturday 01/02 there). Source: VPCP letter 8726/VPCP-KGVX of
  // 26/11/2024 and Thông báo 6150/TB-LĐTBXH (2024) carrying it out.
  { date: '2025-01-27', working: false, note: 'Tết Ất Tỵ: nghỉ từ 25/01 đến hết 02/02/2025' },
  { date: '2025-02-03', working: true, note: 'Tết Ất Tỵ: đi làm lại thứ Hai 03/02/2025' },
  // 30/4–1/5/2025: Friday 02/05 swapped with Saturday 26/04, off Wed 30/04 – Sun 04/05/2025.
  // Source: Thông báo 6150/TB-LĐTBXH (2024), carrying out VPCP letter 8726/VPCP-KGVX.
  { date: '2025-04-26', working: true, note: '30/4–1/5/2025: làm bù cho thứ Sáu 2/5' },
  { date: '2025-05-02', working: false, note: '30/4–1/5/2025: hoán đổi thứ Sáu 2/5 với thứ Bảy 26/4' },
];
