import { z } from 'zod';

/**
 * What the demo keeps from the national portal's answers (tests/fixtures/national-portal):
 * each procedure's code and name and who it serves, the names of the fields (lĩnh vực) and of
 * the agencies. One function for the script that writes `demo-portal-data.json` and for the
 * test that checks the committed file still matches the fixtures, so the two cannot drift.
 */

const PortalProcedureSchema = z.object({ TTHC_MA: z.string().min(1), NAME: z.string().min(1) });
const PortalFieldSchema = z.object({ FIELD_NAME: z.string().min(1) });
const PortalAgencySchema = z.object({ NAME: z.string().min(1) });

/** Who a procedure serves, as the two portal listings say: citizens, businesses, or both. */
export const AudienceSchema = z.enum(['citizen', 'business', 'both']);
export type Audience = z.infer<typeof AudienceSchema>;

export const DemoPortalDataSchema = z.object({
  source: z.string(),
  /** [code, name, audience], in the portal's order (citizen listing first), one per code. */
  procedures: z.array(z.tuple([z.string().regex(/^\d\.\d{6}$/), z.string().min(1), AudienceSchema])),
  fields: z.array(z.string().min(1)),
  agencies: z.array(z.string().min(1)),
});
export type DemoPortalData = z.infer<typeof DemoPortalDataSchema>;

export interface PortalAnswers {
  citizen: unknown;
  business: unknown;
  fields: unknown;
  agencies: unknown;
}

export const DEMO_DATA_SOURCE =
  'National Public Service Portal (dichvucong.gov.vn), saved in 2025 by the MIT-licensed makecolour/SongGio; copied in tests/fixtures/national-portal';

/** Names as the portal wrote them, with runs of spaces (the portal pads some) made one. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Both listings hold 3,000 rows between them; a code listed for citizens and businesses is kept once. */
export function extractDemoPortalData(answers: PortalAnswers): DemoPortalData {
  const citizen = z.array(PortalProcedureSchema).parse(answers.citizen);
  const business = z.array(PortalProcedureSchema).parse(answers.business);
  const byCode = new Map<string, [string, string, Audience]>();
  for (const [rows, audience] of [
    [citizen, 'citizen'],
    [business, 'business'],
  ] as const) {
    for (const row of rows) {
      const code = row.TTHC_MA.trim();
      const known = byCode.get(code);
      if (!known) byCode.set(code, [code, clean(row.NAME), audience]);
      else if (known[2] !== audience) known[2] = 'both';
    }
  }
  const unique = (names: string[]) => [...new Set(names.map(clean))];
  return {
    source: DEMO_DATA_SOURCE,
    procedures: [...byCode.values()],
    fields: unique(
      z
        .array(PortalFieldSchema)
        .parse(answers.fields)
        .map((f) => f.FIELD_NAME),
    ),
    agencies: unique(
      z
        .array(PortalAgencySchema)
        .parse(answers.agencies)
        .map((a) => a.NAME),
    ),
  };
}
