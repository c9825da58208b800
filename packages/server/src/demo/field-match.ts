import type { FieldChoice } from './procedure-content';

/**
 * The field (lĩnh vực) a procedure most likely belongs to, from its name: the portal's
 * listings give no field, and a random one reads wrong at once ("Đăng ký tạm trú" under
 * airspace management). Vietnamese words are mostly two syllables, so names and fields are
 * compared by pairs of adjacent syllables within a phrase ("hộ tịch", "căn cước"), a field of
 * one syllable ("Thuế", "Điện") by that syllable. A pair counts more the fewer fields hold it,
 * and pairs every procedure uses count nothing; the best field wins (ties: the first in the
 * portal's order). Null when the name shares nothing with any field.
 */

const GENERIC = new Set([
  'thủ tục',
  'cấp lại',
  'cấp đổi',
  'thực hiện',
  'đối với',
  'trường hợp',
  'cấp tỉnh',
  'cấp xã',
  'cấp huyện',
  'trung ương',
  'thông tin',
  'tổ chức',
  'cá nhân',
  'cơ quan',
  'giải quyết',
  'hoạt động',
  'quản lý',
  'cung cấp',
  'đề nghị',
  'thay đổi',
  'điều chỉnh',
  'giấy tờ',
  'văn bản',
  'nước ngoài',
  'việt nam',
  'xác nhận',
  'nhà nước',
  'chứng nhận',
  'giấy phép',
]);

function tokensOf(text: string, singles: boolean): Set<string> {
  const tokens = new Set<string>();
  for (const phrase of text
    .toLocaleLowerCase('vi')
    .normalize('NFC')
    .split(/[^\p{L}\p{N} ]+/u)) {
    const syllables = phrase.split(' ').filter((s) => s.length > 0);
    if (singles && syllables.length === 1) tokens.add(syllables[0]!);
    for (let i = 0; i + 1 < syllables.length; i++) {
      const pair = `${syllables[i]} ${syllables[i + 1]}`;
      if (!GENERIC.has(pair)) tokens.add(pair);
    }
    if (singles) continue;
    // A name's single syllables, only to meet fields of one syllable.
    for (const syllable of syllables) tokens.add(syllable);
  }
  return tokens;
}

export function fieldMatcher(fields: readonly FieldChoice[]): (name: string) => FieldChoice | null {
  const indexed = fields.map((field) => ({ field, tokens: tokensOf(field.field, true) }));
  const holders = new Map<string, number>();
  for (const { tokens } of indexed)
    for (const token of tokens) holders.set(token, (holders.get(token) ?? 0) + 1);
  return (name) => {
    const tokens = tokensOf(name, false);
    let best: FieldChoice | null = null;
    let bestScore = 0;
    for (const { field, tokens: fieldTokens } of indexed) {
      let score = 0;
      for (const token of fieldTokens) if (tokens.has(token)) score += 1 / holders.get(token)!;
      if (score > bestScore) [best, bestScore] = [field, score];
    }
    return best;
  };
}
