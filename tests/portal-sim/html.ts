import { escapeHtml } from '@niemyet/portal/testing';
import { type NameVariant, variantText } from './text-variants';

// The same escaping as the hand-built layouts of the portal tests: markup characters only.
export { escapeHtml };

/**
 * HTML text the way the national portal writes it: special characters escaped, Latin-1
 * letters as named entities (`Ng&agrave;y`), every other Vietnamese letter as raw UTF-8 —
 * the mix the saved pages show. Readers must decode both.
 */

const NAMED: Record<string, string> = {
  à: 'agrave',
  á: 'aacute',
  â: 'acirc',
  ã: 'atilde',
  è: 'egrave',
  é: 'eacute',
  ê: 'ecirc',
  ì: 'igrave',
  í: 'iacute',
  ò: 'ograve',
  ó: 'oacute',
  ô: 'ocirc',
  õ: 'otilde',
  ù: 'ugrave',
  ú: 'uacute',
  ý: 'yacute',
  À: 'Agrave',
  Á: 'Aacute',
  Â: 'Acirc',
  Ã: 'Atilde',
  È: 'Egrave',
  É: 'Eacute',
  Ê: 'Ecirc',
  Ì: 'Igrave',
  Í: 'Iacute',
  Ò: 'Ograve',
  Ó: 'Oacute',
  Ô: 'Ocirc',
  Õ: 'Otilde',
  Ù: 'Ugrave',
  Ú: 'Uacute',
  Ý: 'Yacute',
};
const NAMED_PATTERN = new RegExp(`[${Object.keys(NAMED).join('')}]`, 'g');

/** Portal style: escaped, Latin-1 letters as named entities. */
export function portalHtml(text: string): string {
  return escapeHtml(text).replace(NAMED_PATTERN, (ch) => `&${NAMED[ch]};`);
}

/** Every non-ASCII character as a decimal character reference (`&#7843;`). */
export function numericEntityHtml(text: string): string {
  let out = '';
  for (const ch of escapeHtml(text)) {
    const cp = ch.codePointAt(0)!;
    out += cp > 0x7e ? `&#${cp};` : ch;
  }
  return out;
}

/** A name as a planted text variant writes it (see text-variants.ts). */
export function variantHtml(text: string, variant: NameVariant): string {
  switch (variant) {
    case 'entities':
      return numericEntityHtml(text);
    case 'nbsp':
      return portalHtml(text).replace(/ /g, '&nbsp;');
    default:
      return portalHtml(variantText(text, variant));
  }
}

/** 2507 → "2.507", the Vietnamese way. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 2025-06-16 → "16-06-2025", as the national portal's tables write dates. */
export function dashedDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** A query string from ordered pairs, skipping empty values. */
export function queryString(pairs: [string, string | number | null | undefined][]): string {
  const parts = pairs
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * ASP.NET's HtmlEncode, as DNN portals emit it: markup characters escaped and every character
 * from U+00A0 to U+00FF as a decimal reference (`&#224;` for "à"), the rest raw UTF-8.
 */
export function aspNetHtml(text: string): string {
  return escapeHtml(text).replace(/[\u00a0-\u00ff]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A name as a planted text variant writes it on an ASP.NET page. */
export function aspNetVariantHtml(text: string, variant: NameVariant): string {
  switch (variant) {
    case 'entities':
      return numericEntityHtml(text);
    case 'nbsp':
      return aspNetHtml(text).replace(/ /g, '&nbsp;');
    default:
      return aspNetHtml(variantText(text, variant));
  }
}
