import {
  createWorkingCalendar,
  DEFAULT_CALENDAR_ADJUSTMENTS,
  DEFAULT_DEADLINE_RULES,
  publicationDueDate,
  todayInVietnam,
} from '@niemyet/core';
import type { Client, Reply } from '@niemyet/server/testing';

/**
 * The catalogue the legal suites work on, imported as a decision list: five procedures in
 * force since 2020 whose legal bases cite documents in the spellings offices type — the same
 * Decree as `Nghị định số 43/2014/NĐ-CP` and `43/2014/NĐCP`, a Circular as `01 /2018/TT-VPCP`.
 */
export const CATALOGUE_CSV = [
  'decision_number,signed_on,effective_on,action,code,name,level,field,agency,legal_basis',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.004227,Đăng ký khai sinh,Cấp xã,Hộ tịch,UBND cấp xã,"Nghị định số 43/2014/NĐ-CP; Thông tư 01 /2018/TT-VPCP"',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.001193,Đăng ký kết hôn,Cấp xã,Hộ tịch,UBND cấp xã,43/2014/NĐCP',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.000894,Cấp phép xây dựng,Cấp tỉnh,Xây dựng,Sở Xây dựng,123/2015/NĐ-CP',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.000895,Gia hạn giấy phép xây dựng,Cấp tỉnh,Xây dựng,Sở Xây dựng,"123/2015/NĐ-CP; 01/2018/TT-VPCP"',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.002000,Cấp bản sao trích lục,Cấp xã,Hộ tịch,UBND cấp xã,59/2020/QH14',
].join('\n');

export const CALENDAR = createWorkingCalendar(DEFAULT_CALENDAR_ADJUSTMENTS);

/** The server's today, as it counts it: the day in Vietnam. */
export function todayThere(): string {
  return todayInVietnam(new Date());
}

/** The publication deadline a province has for a text taking effect on `effectiveOn`. */
export function provinceDueDate(effectiveOn: string): string {
  return publicationDueDate(effectiveOn, {
    rules: DEFAULT_DEADLINE_RULES,
    calendar: CALENDAR,
    issuerKind: 'province',
  });
}

export function ok(what: string, reply: Reply, status = 200): Reply {
  if (reply.status !== status)
    throw new Error(`${what}: HTTP ${reply.status} (expected ${status}) ${JSON.stringify(reply.body)}`);
  return reply;
}

export async function importCatalogue(drafter: Client): Promise<void> {
  ok('catalogue import', await drafter.request('POST', '/api/imports/decisions', { text: CATALOGUE_CSV }));
}

/** A Decree as the registry form sends it. */
export function decree(
  number: string,
  effectiveOn: string,
  relations: { kind: string; target: string }[] = [],
) {
  return {
    number,
    type: 'Nghị định',
    issuer: 'Chính phủ',
    title: `Nghị định ${number} thử nghiệm`,
    issuedOn: todayThere(),
    effectiveOn,
    expiresOn: null,
    relations,
  };
}

export function put(client: Client, path: string, json: unknown): Promise<Reply> {
  return client.request('PUT', path, { json });
}
