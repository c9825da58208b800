import type { CampaignView } from '@niemyet/core';
import { useI18n } from '../i18n/language';

/** A campaign's progress: a bar of documents reviewed, and the sentence provincial reports use. */
export function CampaignProgressBar({ campaign }: { campaign: CampaignView }) {
  const { t, language } = useI18n();
  const { progress } = campaign;
  return (
    <div className="campaign-progress">
      <progress
        max={Math.max(progress.documents, 1)}
        value={progress.reviewed}
        aria-label={t.reviews.progressLabel(progress.reviewed, progress.documents)}
      />{' '}
      <span className="muted small">{t.reviews.progressLabel(progress.reviewed, progress.documents)}</span>
      <p className="campaign-sentence" data-testid="campaign-sentence">
        {language === 'vi' ? progress.sentenceVi : progress.sentenceEn}
      </p>
    </div>
  );
}
