import type { DecisionAction } from '../model/decision';
import { searchKey } from '../text/normalize';

/**
 * The action of a decision item as offices write it: "Mới ban hành", "Sửa đổi, bổ sung",
 * "Thay thế", "Bãi bỏ", "Hủy bỏ", section headings ("Danh mục thủ tục hành chính được sửa
 * đổi, bổ sung"), tab labels ("Sửa đổi bổ sung", "Nhóm công khai mới"), without diacritics
 * in spreadsheets, or in English. A replaced procedure counts as amended: the national
 * database keeps its code and records a new version.
 */

// Exact search keys (diacritics and punctuation dropped) after filler words are removed.
const EXACT = new Map<string, DecisionAction>([
  ['moi', 'new'],
  ['moi ban hanh', 'new'],
  ['ban hanh moi', 'new'],
  ['cong bo moi', 'new'],
  ['cong khai moi', 'new'],
  ['them moi', 'new'],
  ['new', 'new'],
  ['newly issued', 'new'],
  ['issued', 'new'],
  ['added', 'new'],
  ['sua doi', 'amended'],
  ['bo sung', 'amended'],
  ['sua doi bo sung', 'amended'],
  ['sua doi bo sung thay the', 'amended'],
  ['sua doi hoac bo sung', 'amended'],
  ['thay the', 'amended'],
  ['dieu chinh', 'amended'],
  ['amend', 'amended'],
  ['amended', 'amended'],
  ['amendment', 'amended'],
  ['modified', 'amended'],
  ['replace', 'amended'],
  ['replaced', 'amended'],
  ['bai bo', 'abolished'],
  ['huy bo', 'abolished'],
  ['abolish', 'abolished'],
  ['abolished', 'abolished'],
  ['repeal', 'abolished'],
  ['repealed', 'abolished'],
  ['removed', 'abolished'],
]);

// Words that surround the action without changing it: "Danh mục thủ tục hành chính được …",
// "TTHC bị bãi bỏ", "Nhóm …".
const FILLER = /\b(?:danh muc|thu tuc hanh chinh|thu tuc|tthc|nhom|duoc|bi|da|procedures?)\b/g;

// Phrases that give the action away inside a longer text. Single words ("mới", "new") are
// not here: "Cấp mới giấy phép" is the name of a procedure, not an action.
const PHRASES: [RegExp, DecisionAction][] = [
  [/\b(?:moi ban hanh|ban hanh moi|cong bo moi)\b/, 'new'],
  [/\b(?:sua doi|bo sung|thay the)\b/, 'amended'],
  [/\b(?:bai bo|huy bo)\b/, 'abolished'],
];

/**
 * Reads an action word or phrase; null when it is unknown, or when a text names more than
 * one action ("mới ban hành và bị bãi bỏ" is a decision title, not an item's action).
 */
export function parseDecisionAction(raw: string): DecisionAction | null {
  const key = searchKey(raw);
  const core = key.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  const exact = EXACT.get(core) ?? EXACT.get(key);
  if (exact) return exact;
  const matched = new Set(PHRASES.filter(([pattern]) => pattern.test(key)).map(([, action]) => action));
  return matched.size === 1 ? [...matched][0]! : null;
}

/** The Vietnamese wording decisions use for each action. */
export function decisionActionLabel(action: DecisionAction, lang: 'vi' | 'en'): string {
  const labels: Record<DecisionAction, { vi: string; en: string }> = {
    new: { vi: 'Mới ban hành', en: 'New' },
    amended: { vi: 'Sửa đổi, bổ sung, thay thế', en: 'Amended' },
    abolished: { vi: 'Bãi bỏ', en: 'Abolished' },
  };
  return labels[action][lang];
}
