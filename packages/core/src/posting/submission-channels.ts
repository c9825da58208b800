import type { ProcedureFields } from '../model/procedure';
import { searchKey } from '../text/normalize';

/**
 * How a procedure can be submitted, as a posting sheet states it: at the counter, online (in
 * full or in part), by public postal service. Read from the methods' channel names as the
 * national record writes them ("Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính") and from the
 * online-service level; a channel written some other way is kept as written in `other`.
 */
export interface SubmissionChannels {
  counter: boolean;
  online: 'full' | 'partial' | null;
  postal: boolean;
  other: string[];
}

export function submissionChannels(
  fields: Pick<ProcedureFields, 'methods' | 'onlineService'>,
): SubmissionChannels {
  const channels: SubmissionChannels = { counter: false, online: null, postal: false, other: [] };
  let onlineMethod = false;
  for (const method of fields.methods) {
    const key = searchKey(method.channel);
    if (/\b(truc tiep|tai bo phan|mot cua)\b/.test(key)) channels.counter = true;
    else if (/\b(truc tuyen|qua mang|dien tu|online)\b/.test(key)) onlineMethod = true;
    else if (/\b(buu chinh|buu dien)\b/.test(key)) channels.postal = true;
    else if (method.channel.trim() && !channels.other.includes(method.channel.trim()))
      channels.other.push(method.channel.trim());
  }
  if (fields.onlineService === 'full' || fields.onlineService === 'partial')
    channels.online = fields.onlineService;
  // An online method without a declared service level is at least partly online.
  else if (onlineMethod && fields.onlineService !== 'none') channels.online = 'partial';
  return channels;
}

/**
 * The processing time and the fees as one line each: the record's summary when it gives one,
 * else each method's own value prefixed by its channel ("Trực tiếp: 05 ngày làm việc; …"),
 * identical values said once.
 */
export function summaryOf(
  fields: Pick<ProcedureFields, 'methods'>,
  pick: 'processingTime' | 'fees',
  summary: string | null,
): string | null {
  if (summary?.trim()) return summary.trim();
  const values = fields.methods
    .map((method) => ({ channel: method.channel.trim(), value: method[pick]?.trim() ?? '' }))
    .filter((entry) => entry.value !== '');
  if (values.length === 0) return null;
  const distinct = new Set(values.map((entry) => entry.value));
  if (distinct.size === 1) return values[0]!.value;
  return values.map((entry) => (entry.channel ? `${entry.channel}: ${entry.value}` : entry.value)).join('; ');
}

/**
 * How to submit, as a posting sheet says it (in Vietnamese: the sheet is a public document,
 * whatever the reader's language): one line per channel, the unknown ones as written; empty
 * when the record names none.
 */
export function submissionChannelLines(channels: SubmissionChannels): string[] {
  return [
    ...(channels.counter ? ['Trực tiếp tại Bộ phận Một cửa'] : []),
    ...(channels.online === 'full' ? ['Trực tuyến toàn trình'] : []),
    ...(channels.online === 'partial' ? ['Trực tuyến một phần'] : []),
    ...(channels.postal ? ['Qua dịch vụ bưu chính công ích'] : []),
    ...channels.other,
  ];
}
