/**
 * Hand-built provincial portal layouts for tests, the benchmark and the extension's tests.
 * Not exported from the package's index: import `@niemyet/portal/testing`.
 */
export { bootstrapTablePage } from './bootstrap-table';
export {
  bootstrap3CaptionedPage,
  bootstrapCaptionedPage,
  captionedCardPage,
  telerikCaptionedPage,
} from './captioned-names';
export { cardListPage } from './card-list';
export { type GroupedGridOptions, groupedGridPage } from './grouped-grid';
export { linkCodeTablePage } from './link-code-table';
export { nationalListingPage } from './national-listing';
export {
  encodeText,
  escapeHtml,
  htmlPage,
  type LayoutOptions,
  type LayoutRow,
  LEVEL_KEYS,
  onlineServiceLabel,
  sampleLayoutRows,
} from './rows';
export { type RadGridOptions, telerikRadGridPage } from './telerik-radgrid';
