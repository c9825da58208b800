/**
 * Chrome refuses to load a content script whose file it does not consider UTF-8, and its check
 * rejects Unicode noncharacters (U+FFFF, U+FDD0…) even though they are valid UTF-8. Minifiers
 * turn escapes like Dexie's `"\uffff"` (its max key) into the raw character, so the whole
 * extension then fails to load (no error shown, no service worker). This build step writes
 * every noncharacter back as an escape — the same value in a string, template or regex.
 */

const NONCHARACTER = /\p{Noncharacter_Code_Point}/gu;

function escapeCodeUnits(char: string): string {
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

export function escapeNoncharacters(code: string): string {
  return code.replace(NONCHARACTER, escapeCodeUnits);
}

interface OutputChunkLike {
  type: string;
  code?: string;
}

/** A Vite/Rolldown plugin applying `escapeNoncharacters` to every JS chunk, after minification. */
export function utf8SafeBundle() {
  return {
    name: 'niemyet:utf8-safe-bundle',
    enforce: 'post' as const,
    generateBundle(_options: unknown, bundle: Record<string, OutputChunkLike>) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && typeof chunk.code === 'string')
          chunk.code = escapeNoncharacters(chunk.code);
      }
    },
  };
}
