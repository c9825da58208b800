import {
  CitationIndex,
  documentImpact,
  documentNumberKey,
  type LegalDocument,
  LegalDocumentSchema,
  legalBasisFlags,
  legalRegistry,
  type ProcedureVersion,
} from '@niemyet/core';
import { makeVersion } from '@niemyet/core/testing';
import { defineBenchCases } from '../harness';

const PROCEDURES = 20_000;
const DOCUMENTS = 600;
const AT = '2025-06-30';

/** A deterministic generator, so every run measures the same catalogue. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const TYPES = ['NĐ-CP', 'TT-BTC', 'QĐ-TTg', 'TT-VPCP', 'QĐ-UBND'];
const canonicalOf = (n: number) => `${n + 1}/${2010 + (n % 15)}/${TYPES[n % TYPES.length]}`;
/** The spellings offices type: canonical, hyphen dropped, spaced, with its label. */
function spelled(n: number, variant: number): string {
  const canonical = canonicalOf(n);
  if (variant === 1) return canonical.replace('-', '');
  if (variant === 2) return canonical.replace('/', ' /');
  if (variant === 3) return `Nghị định số ${canonical}`;
  return canonical;
}

const FIELDS = ['Hộ tịch', 'Đất đai', 'Đầu tư', 'Xây dựng', 'Giáo dục', 'Y tế', 'Tư pháp', 'Giao thông'];

/** 20,000 procedures each citing 2–5 of 600 documents, a popular few cited much more often. */
function catalogue(): Map<string, ProcedureVersion> {
  const next = random(7);
  const active = new Map<string, ProcedureVersion>();
  for (let i = 0; i < PROCEDURES; i++) {
    const count = 2 + Math.floor(next() * 4);
    const legalBasis = Array.from({ length: count }, () => {
      const roll = next();
      const n = roll < 0.3 ? Math.floor(next() * 10) : Math.floor(next() * DOCUMENTS);
      return { number: spelled(n, Math.floor(next() * 4)), title: null, issuedOn: null, issuer: null };
    });
    const code = `1.${String(i).padStart(6, '0')}`;
    active.set(
      code,
      makeVersion({
        code,
        name: `Thủ tục số ${i}`,
        field: FIELDS[i % FIELDS.length]!,
        agency: `Sở ${i % 23}`,
        legalBasis,
      }),
    );
  }
  return active;
}

/** The 600 documents registered; a tenth of them replaced, abolished or expired by 2025. */
function registryDocuments(): LegalDocument[] {
  const documents: LegalDocument[] = [];
  for (let n = 0; n < DOCUMENTS; n++) {
    documents.push(
      LegalDocumentSchema.parse({
        id: `vb:${n}`,
        number: canonicalOf(n),
        effectiveOn: '2015-01-01',
        expiresOn: n % 30 === 5 ? '2024-01-01' : null,
      }),
    );
  }
  for (let n = 0; n < DOCUMENTS; n += 20) {
    documents.push(
      LegalDocumentSchema.parse({
        id: `vb:new-${n}`,
        number: `${n + 1}/2024/NĐ-CP`,
        effectiveOn: '2024-07-01',
        relations: [{ kind: n % 40 === 0 ? 'replaces' : 'abolishes', target: spelled(n, 1) }],
      }),
    );
  }
  return documents;
}

export default defineBenchCases([
  {
    name: `legal: impact of one document over ${PROCEDURES.toLocaleString('en')} procedures (citation index built)`,
    budgetMs: 20,
    // The index is cached per catalogue: each run builds a new one, as the first question about
    // a freshly folded catalogue does, then looks the document up as `documentImpact` does.
    setup: () => catalogue(),
    run: (active: Map<string, ProcedureVersion>) => ({
      procedures: new CitationIndex(active).citing(documentNumberKey('Nghị định số 3/2012/QĐ-TTg')),
    }),
    describe: (impact) =>
      `${(impact as { procedures: unknown[] }).procedures.length.toLocaleString('en')} procedures cite it`,
  },
  {
    name: 'legal: impact of one document, citation index already built',
    baseline: `legal: impact of one document over ${PROCEDURES.toLocaleString('en')} procedures (citation index built)`,
    setup: () => {
      const active = catalogue();
      documentImpact(active, '1/2010/NĐ-CP', AT);
      return active;
    },
    run: (active: Map<string, ProcedureVersion>) => documentImpact(active, '3/2012/QĐTTg', AT),
    describe: (impact) =>
      `${(impact as { procedures: unknown[] }).procedures.length.toLocaleString('en')} procedures cite it`,
  },
  {
    name: `legal: catalogue-wide flags (expired / replaced / abolished), ${PROCEDURES.toLocaleString('en')} procedures × ${DOCUMENTS} documents`,
    budgetMs: 200,
    setup: () => ({ active: catalogue(), documents: registryDocuments() }),
    // New map and document array per run: the citation index and the registry are built each time.
    run: ({ active, documents }: { active: Map<string, ProcedureVersion>; documents: LegalDocument[] }) =>
      legalBasisFlags(new Map(active), legalRegistry([...documents]), AT),
    describe: (flags) => {
      const f = flags as { procedures: unknown[]; byField: unknown[]; byAgency: unknown[] };
      return `${f.procedures.length.toLocaleString('en')} procedures flagged, ${f.byField.length} fields, ${f.byAgency.length} agencies`;
    },
  },
]);
