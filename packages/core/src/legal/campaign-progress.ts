import { formatNumber } from '../format/numbers';
import type { ReviewOutcome, ReviewTask } from '../model/legal-document';

/** Outcomes that recommend handling the document, in the order provincial reports list them. */
const HANDLING: readonly ReviewOutcome[] = ['replace', 'amend', 'abolish'];

const VI: Record<ReviewOutcome, string> = {
  replace: 'thay thế',
  amend: 'sửa đổi, bổ sung',
  abolish: 'bãi bỏ',
  keep: 'giữ nguyên',
  no_action: 'không xử lý',
};
const EN: Record<ReviewOutcome, string> = {
  replace: 'to replace',
  amend: 'to amend',
  abolish: 'to abolish',
  keep: 'to keep',
  no_action: 'no action',
};

/** How far a campaign is, counted in documents. */
export interface CampaignProgress {
  /** Documents in the campaign. */
  documents: number;
  /** Documents whose review is done (an outcome recorded). */
  reviewed: number;
  /** Reviewed documents recommended for handling (replace, amend or abolish). */
  recommended: number;
  byOutcome: Record<ReviewOutcome, number>;
}

/**
 * A campaign's progress from its tasks. Documents are counted once each (by number): a
 * document reviewed by two tasks counts once, with the outcome of its last reviewed task.
 */
export function campaignProgress(tasks: readonly ReviewTask[]): CampaignProgress {
  const outcomes = new Map<string, ReviewOutcome | null>();
  for (const task of tasks) {
    if (task.outcome !== null || !outcomes.has(task.documentNumber))
      outcomes.set(task.documentNumber, task.outcome);
  }
  const byOutcome: Record<ReviewOutcome, number> = {
    keep: 0,
    amend: 0,
    replace: 0,
    abolish: 0,
    no_action: 0,
  };
  let reviewed = 0;
  for (const outcome of outcomes.values()) {
    if (outcome === null) continue;
    reviewed++;
    byOutcome[outcome]++;
  }
  const recommended = HANDLING.reduce((sum, outcome) => sum + byOutcome[outcome], 0);
  return { documents: outcomes.size, reviewed, recommended, byOutcome };
}

/**
 * The sentence provincial reports use: "đã rà soát 389 văn bản, kiến nghị xử lý 17 văn bản
 * (thay thế 14 văn bản; sửa đổi, bổ sung 3 văn bản)". Outcomes with no document are left out.
 */
export function formatCampaignProgressVi(progress: CampaignProgress): string {
  const n = (value: number) => formatNumber(value, 'vi');
  const head = `đã rà soát ${n(progress.reviewed)} văn bản`;
  if (progress.recommended === 0) return `${head}, không kiến nghị xử lý văn bản nào`;
  const parts = HANDLING.filter((o) => progress.byOutcome[o] > 0).map(
    (o) => `${VI[o]} ${n(progress.byOutcome[o])} văn bản`,
  );
  return `${head}, kiến nghị xử lý ${n(progress.recommended)} văn bản (${parts.join('; ')})`;
}

/** The same in English: "reviewed 389 documents, 17 recommended for handling (14 to replace; 3 to amend)". */
export function formatCampaignProgressEn(progress: CampaignProgress): string {
  const n = (value: number) => formatNumber(value, 'en');
  const plural = (value: number) => (value === 1 ? 'document' : 'documents');
  const head = `reviewed ${n(progress.reviewed)} ${plural(progress.reviewed)}`;
  if (progress.recommended === 0) return `${head}, none recommended for handling`;
  const parts = HANDLING.filter((o) => progress.byOutcome[o] > 0).map(
    (o) => `${n(progress.byOutcome[o])} ${EN[o]}`,
  );
  return `${head}, ${n(progress.recommended)} recommended for handling (${parts.join('; ')})`;
}
