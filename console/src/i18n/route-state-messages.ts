/** A screen still coming (its chunk on a slow network) or one that could not be shown. */

export const vi = {
  loading: 'Đang tải màn hình…',
  failed: (reason: string) => `Không hiển thị được màn hình này: ${reason}`,
  advice: 'Tải lại trang để thử lại; nếu vẫn lỗi, hãy báo quản trị viên.',
  reload: 'Tải lại trang',
};

export const en: typeof vi = {
  loading: 'Loading the screen…',
  failed: (reason: string) => `This screen could not be shown: ${reason}`,
  advice: 'Reload the page to try again; if it still fails, tell your administrator.',
  reload: 'Reload the page',
};
