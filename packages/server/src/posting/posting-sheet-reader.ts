import { type IsoDate, type PostingSheet, postingSheet, todayInVietnam } from '@niemyet/core';
import type { Services } from '../context';
import { officeOr404, officeView } from './office-service';

/**
 * An office's posting sheet on `at` (default: today in Vietnam): its procedures in force that
 * day, grouped by field. The JSON route and the DOCX route (packages/exports) read it alike.
 */
export async function readPostingSheet(
  services: Services,
  officeId: string,
  at: IsoDate | undefined,
): Promise<PostingSheet> {
  const office = await officeOr404(services.db, officeId);
  const date = at ?? todayInVietnam(services.now());
  const view = await services.catalogue.view(services.db, date);
  return postingSheet(officeView(office), view.state.active.values(), date);
}
