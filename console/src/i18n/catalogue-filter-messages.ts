import { formatCount } from './format';

/** The catalogue's filters (status, level, field, agency) and the count line that follows them. */

type Status = 'in-force' | 'upcoming' | 'abolished';

export const vi = {
  legend: 'Lọc danh mục',
  status: 'Tình trạng',
  statuses: {
    'in-force': 'Đang có hiệu lực',
    upcoming: 'Sắp có hiệu lực',
    abolished: 'Đã bãi bỏ',
  } satisfies Record<Status, string>,
  level: 'Cấp thực hiện',
  field: 'Lĩnh vực',
  agency: 'Cơ quan thực hiện',
  any: 'Tất cả',
  count: (status: Status, shown: number, total: number, searched: boolean, filtered: boolean) => {
    const what = `thủ tục ${vi.statuses[status].toLowerCase()}`;
    if (!searched && !filtered) return `${formatCount(total)} ${what}`;
    const by = searched && filtered ? 'bộ lọc và tìm kiếm' : searched ? 'tìm kiếm' : 'bộ lọc';
    return `${formatCount(shown)} / ${formatCount(total)} ${what} khớp với ${by}`;
  },
  abolishedOn: 'Bãi bỏ từ',
  noneInStatus: (status: Status) => `Không có thủ tục nào ${vi.statuses[status].toLowerCase()} tại ngày này.`,
  noMatch: 'Không có thủ tục nào khớp với bộ lọc và tìm kiếm.',
  clear: 'Bỏ lọc và tìm kiếm',
};

export const en: typeof vi = {
  legend: 'Filter the catalogue',
  status: 'Status',
  statuses: {
    'in-force': 'In force',
    upcoming: 'Upcoming',
    abolished: 'Abolished',
  },
  level: 'Level',
  field: 'Field',
  agency: 'Agency',
  any: 'All',
  count: (status, shown, total, searched, filtered) => {
    const what = `${status === 'in-force' ? 'procedures in force' : status === 'upcoming' ? 'upcoming procedures' : 'abolished procedures'}`;
    if (!searched && !filtered) return `${formatCount(total)} ${what}`;
    const by = searched && filtered ? 'the filters and the search' : searched ? 'the search' : 'the filters';
    return `${formatCount(shown)} of ${formatCount(total)} ${what} match ${by}`;
  },
  abolishedOn: 'Abolished on',
  noneInStatus: (status) =>
    `No ${status === 'in-force' ? 'procedure in force' : status === 'upcoming' ? 'upcoming procedure' : 'abolished procedure'} on this date.`,
  noMatch: 'No procedure matches the filters and the search.',
  clear: 'Clear the filters and the search',
};
