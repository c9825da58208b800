export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    console.info('Niêm yết installed');
  });
});
