export function PopupApp() {
  return (
    <main>
      <h1>Niêm yết</h1>
      <p>Chưa có danh mục thủ tục. Hãy nhập bản chụp danh mục trong phần Tùy chọn.</p>
    </main>
  );
}
