import { zipEntries } from './zip-entries';

/** A Word document's body as tests read it back: its XML, text, table rows and images. */
export interface DocxContent {
  /** `word/document.xml` as written. */
  documentXml: string;
  /** Every `w:t` of the body in order, entities decoded. */
  texts: string[];
  rows: DocxRow[];
  /** The `word/media/…` files by path inside the archive. */
  media: Map<string, Uint8Array>;
  /** `word/footer*.xml`, where page numbers live. */
  footersXml: string[];
}

/** One table row: its cells' texts and the images it shows (archive paths), in order. */
export interface DocxRow {
  cells: string[];
  images: string[];
}

export function readDocx(archive: Uint8Array): DocxContent {
  const entries = zipEntries(archive);
  const utf8 = (path: string) => {
    const bytes = entries.get(path);
    if (!bytes) throw new Error(`${path} is missing from the document`);
    return Buffer.from(bytes).toString('utf8');
  };
  const documentXml = utf8('word/document.xml');
  assertWellFormedXml(documentXml);
  const relations = new Map<string, string>();
  for (const match of utf8('word/_rels/document.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) relations.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  const rows = [...documentXml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map(([row]) => ({
    cells: [...row.matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map(([cell]) => textsOf(cell).join('\n')),
    images: [...row.matchAll(/<a:blip\b[^>]*\br:embed="([^"]+)"/g)].map((m) => {
      const target = relations.get(m[1]!);
      if (!target) throw new Error(`image relation ${m[1]} is not in document.xml.rels`);
      return target;
    }),
  }));
  const media = new Map([...entries].filter(([path]) => path.startsWith('word/media/')));
  const footersXml = [...entries.keys()]
    .filter((path) => /^word\/footer\d*\.xml$/.test(path))
    .map((path) => utf8(path));
  return { documentXml, texts: textsOf(documentXml), rows, media, footersXml };
}

function textsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeEntities(m[1]!));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name]!;
  });
}

/**
 * Throws unless `xml` is well formed as far as text can break it: tags balance, and no text
 * holds a bare `<` or an `&` that is not an entity (what unescaped user text would leave).
 */
export function assertWellFormedXml(xml: string): void {
  const open: string[] = [];
  const token =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (const match of xml.matchAll(token)) {
    checkText(xml.slice(last, match.index), match.index);
    last = match.index + match[0].length;
    const [, closing, name, , selfClosing] = match;
    if (!name) continue;
    if (closing) {
      const expected = open.pop();
      if (expected !== name) throw new Error(`</${name}> closes <${expected}> at ${match.index}`);
    } else if (!selfClosing) open.push(name);
  }
  checkText(xml.slice(last), last);
  if (open.length > 0) throw new Error(`<${open.at(-1)}> is never closed`);
}

function checkText(text: string, at: number): void {
  if (text.includes('<')) throw new Error(`bare "<" in text near ${at}`);
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text))
    throw new Error(`bare "&" in text near ${at}`);
}
