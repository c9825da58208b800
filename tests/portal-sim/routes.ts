/** The simulator's URL paths: the real portals' paths, so adapters match them by pattern. */
export const NATIONAL_LISTING_PATH = '/p/home/dvc-tthc-thu-tuc-hanh-chinh.html';
export const NATIONAL_DETAIL_PATH = '/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html';
export const NATIONAL_SUMMARY_PATH = '/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html';
export const DECISION_PATH = '/p/home/dvc-tthc-quyet-dinh-cong-bo-chi-tiet.html';
export const REST_PATH = '/jsp/rest.jsp';
export const PROVINCIAL_LISTING_PATH = '/tthc/danh-sach.aspx';
/** Simulator-only routes: the answer key, the catalogue, forced failures. */
export const SIM_MANIFEST_PATH = '/sim/manifest.json';
export const SIM_CATALOGUE_PATH = '/sim/catalogue.json';
export const SIM_STATUS_PREFIX = '/sim/status/';

export const NATIONAL_PAGE_SIZE = 50;
export const PROVINCIAL_PAGE_SIZE = 50;
/** Large enough for the 2,000-row page of the reading benchmark, small enough to stay sane. */
export const MAX_PAGE_SIZE = 5000;
