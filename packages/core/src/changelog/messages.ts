import type { ChangeLogVerification } from './chain';
import type { ChangeLogRecordedField, DecisionChainProblem } from './decisions-vs-chain';

/**
 * The change-log checks said in Vietnamese or English, from their codes and parameters
 * (the CLI prints both, Vietnamese first; the server and console pick the user's language).
 */

export type ChangeLogLocale = 'vi' | 'en';

type ChangeLogBreak = Extract<ChangeLogVerification, { ok: false }>;

/** Why a chain or head check failed, in one sentence (without the location prefix). */
export function describeChangeLogBreak(result: ChangeLogBreak, locale: ChangeLogLocale): string {
  const { seq, count, headHash, logCount } = result.params;
  const vi = locale === 'vi';
  switch (result.code) {
    case 'not-an-entry':
      return vi ? `vị trí ${result.index} không chứa mục nào` : `position ${result.index} holds no entry`;
    case 'seq-break':
      return vi
        ? `mục mang số thứ tự ${seq}, lẽ ra là ${result.index + 1}: có mục bị xóa, chèn hoặc đổi chỗ`
        : `the entry has seq ${seq}, expected ${result.index + 1}: an entry was removed, inserted or moved`;
    case 'prev-hash-mismatch':
      return vi
        ? 'mã băm của mục trước (prevHash) không khớp: chuỗi bị cắt ghép'
        : 'prevHash does not match the entry before it: the chain was spliced';
    case 'hash-mismatch':
      return vi
        ? 'mã băm không khớp nội dung mục (mục đã bị sửa)'
        : 'the hash does not match the entry (the entry was edited)';
    case 'head-beyond-log':
      return vi
        ? `sổ chỉ có ${logCount} mục nhưng đầu sổ đã ghi nhận có ${count} mục: các mục cuối đã bị cắt bỏ`
        : `the log has ${logCount} entries but the recorded head has ${count}: entries were cut off the end`;
    case 'head-mismatch':
      return vi
        ? `mục thứ ${count} không mang mã băm của đầu sổ đã ghi nhận (${headHash}): sổ đã bị viết lại`
        : `entry ${count} does not have the recorded head hash (${headHash}): the log was rewritten`;
    case 'head-not-found':
      return vi
        ? `không mục nào trong ${logCount} mục của sổ mang mã băm đầu sổ ${headHash}: sổ đã bị cắt bớt hoặc viết lại`
        : `none of the log's ${logCount} entries has the head hash ${headHash}: the log was cut short or rewritten`;
  }
}

const FIELD_VI: Record<ChangeLogRecordedField, string> = {
  decisionNumber: 'số quyết định',
  action: 'hình thức',
  procedureId: 'mã định danh thủ tục',
  code: 'mã TTHC',
  name: 'tên thủ tục',
  occurredOn: 'ngày',
  kind: 'loại mục',
};

const show = (value: string | null | undefined) => (value == null ? '—' : `«${value}»`);

/** One problem of `verifyDecisionsAgainstChain`, naming the decision, item and entry. */
export function describeDecisionChainProblem(problem: DecisionChainProblem, locale: ChangeLogLocale): string {
  const vi = locale === 'vi';
  const where = vi
    ? [
        `Quyết định ${problem.decisionNumber}`,
        problem.itemId !== null ? `thủ tục ${problem.procedure ?? '—'} (mục ${problem.itemId})` : null,
        problem.seq !== null ? `mục sổ số ${problem.seq}` : null,
      ]
    : [
        `Decision ${problem.decisionNumber}`,
        problem.itemId !== null ? `procedure ${problem.procedure ?? '—'} (item ${problem.itemId})` : null,
        problem.seq !== null ? `log entry ${problem.seq}` : null,
      ];
  const prefix = where.filter((part) => part !== null).join(', ');
  const { field, recorded, current, state } = problem.params;
  const what = (() => {
    switch (problem.code) {
      case 'entry-unknown-decision':
        return vi
          ? `sổ ghi một quyết định không có trong dữ liệu (${problem.decisionId})`
          : `the log records a decision the workspace does not hold (${problem.decisionId})`;
      case 'entry-decision-not-issued':
        return vi
          ? `sổ ghi quyết định này nhưng quyết định đang ở trạng thái «${state}», không phải đã ban hành`
          : `the log records this decision but it is "${state}", not issued`;
      case 'entry-unknown-item':
        return vi
          ? 'sổ ghi một thủ tục mà quyết định không có'
          : 'the log records an item the decision does not have';
      case 'entry-field-mismatch':
        return vi
          ? `sổ ghi ${FIELD_VI[field!]} ${show(recorded)}, nay dữ liệu ghi ${show(current)}`
          : `the log recorded ${field} ${show(recorded)}, the workspace now says ${show(current)}`;
      case 'entry-duplicate':
        return vi ? 'thủ tục được ghi sổ hai lần' : 'the item is logged twice';
      case 'item-edited':
        return vi
          ? 'nội dung thủ tục không khớp mã băm đã ghi sổ (đã bị sửa sau khi ban hành)'
          : 'the item does not match the hash the log recorded (edited after issue)';
      case 'decision-edited':
        return vi
          ? 'nội dung quyết định không khớp mã băm đã ghi sổ (đã bị sửa sau khi ban hành)'
          : 'the decision does not match the hash the log recorded (edited after issue)';
      case 'item-not-logged':
        return vi
          ? 'thủ tục của quyết định đã ban hành nhưng không có mục nào trong sổ'
          : 'an item of an issued decision has no entry in the log';
      case 'national-db-not-logged':
        return vi
          ? `ngày cập nhật CSDL quốc gia ${show(current)} không có mục nào trong sổ`
          : `its national-database date ${show(current)} has no entry in the log`;
    }
  })();
  return `${prefix}: ${what}`;
}
