/** A portal's origin as people say it: its host (`https://dichvucong.gov.vn` → `dichvucong.gov.vn`). */
export function portalName(portal: string): string {
  try {
    return new URL(portal).host || portal;
  } catch {
    return portal;
  }
}
