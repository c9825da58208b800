const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML, in element content and in quoted attributes alike. Every text of
 * the public page goes through it: procedure names and fees come from imported lists and
 * other portals, and the page is embedded on agencies' websites.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
