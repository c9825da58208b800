import { formatCount } from './format';

/** The demo offer on the empty catalogue. */
export const vi = {
  heading: 'Hoặc xem thử với dữ liệu mẫu',
  explain:
    'Dữ liệu mẫu gồm các thủ tục thật của Cổng Dịch vụ công quốc gia và một năm quyết định công bố được tạo sẵn ở mọi trạng thái (dự thảo, chờ thẩm định, đã ban hành…). Chỉ nạp được khi máy chủ chưa có dữ liệu; việc nạp mất vài giây.',
  action: 'Nạp dữ liệu mẫu',
  loading: 'Đang nạp dữ liệu mẫu, vui lòng chờ…',
  loaded: (procedures: number, decisions: number) =>
    `Đã nạp ${formatCount(procedures)} thủ tục và ${formatCount(decisions)} quyết định mẫu. Danh mục đang được tải lại…`,
  failed: (reason: string) => `Không nạp được dữ liệu mẫu: ${reason}`,
};

export const en: typeof vi = {
  heading: 'Or try it with demo data',
  explain:
    'The demo holds the real procedures of the National Public Service Portal and a generated year of publication decisions in every state (draft, in review, issued…). It loads only into a server with no data yet, in a few seconds.',
  action: 'Load the demo',
  loading: 'Loading the demo, please wait…',
  loaded: (procedures, decisions) =>
    `Loaded ${formatCount(procedures)} procedures and ${formatCount(decisions)} demo decisions. Reloading the catalogue…`,
  failed: (reason) => `Could not load the demo: ${reason}`,
};
