import { createHash } from 'node:crypto';
import {
  groupByField,
  type PublicOfficeListResponseSchema,
  type PublicOfficeResponse,
  postingEntry,
} from '@niemyet/core';
import type { z } from 'zod';
import type { Services } from '../context';
import { readPostings } from '../repositories/office-postings';
import { readOffices } from '../repositories/offices';
import { officeOr404 } from './office-service';
import { latestPostedOn } from './office-summaries';

/**
 * What the public sees of each office: the list as posted at the counter (each procedure as
 * it was when posted), not the catalogue of today, so the page and the wall say the same.
 */

export type PublicOfficeList = z.infer<typeof PublicOfficeListResponseSchema>;

export async function publicOfficeList(services: Services): Promise<PublicOfficeList> {
  const [offices, postings] = await Promise.all([readOffices(services.db), readPostings(services.db)]);
  return {
    offices: offices.map((office) => {
      const posted = postings.get(office.id) ?? [];
      return {
        id: office.id,
        name: office.name,
        area: office.area,
        address: office.address,
        postedOn: latestPostedOn(posted),
        total: posted.length,
      };
    }),
  };
}

/** One office's posted list, grouped by field; 404 `not-found` for an unknown office. */
export async function publicOffice(services: Services, officeId: string): Promise<PublicOfficeResponse> {
  const office = await officeOr404(services.db, officeId);
  const posted = (await readPostings(services.db, [officeId])).get(officeId) ?? [];
  const entries = posted.map((p) => postingEntry(p.procedureId, p.fields));
  return {
    office: { id: office.id, name: office.name, area: office.area, address: office.address },
    postedOn: latestPostedOn(posted),
    total: entries.length,
    groups: groupByField(entries),
  };
}

/** A strong ETag over what an answer is made from (`kind` tells the page from the JSON). */
export function etagOf(kind: string, value: unknown): string {
  return `"${createHash('sha256').update(kind).update('\n').update(JSON.stringify(value)).digest('base64url').slice(0, 32)}"`;
}

/** Whether the client's `If-None-Match` names this ETag (a list, `*`, or weak forms). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
