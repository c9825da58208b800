import { useI18n } from '../i18n/language';
import { useBridge } from './bridge-context';

/** One line saying what the extension last did with our catalogue (text only: reasons come from outside). */
export function BridgeStatus() {
  const { t } = useI18n();
  const { notice } = useBridge();
  let text = t.bridge.idle;
  if (notice?.kind === 'received') text = t.bridge.received(notice.hash, notice.at);
  else if (notice?.kind === 'refused') text = t.bridge.refused(notice.reason, notice.at);
  else if (notice?.kind === 'failed') text = t.bridge.failed(notice.reason);
  return (
    <p className={`bridge-status bridge-${notice?.kind ?? 'idle'}`} data-testid="bridge-status" role="status">
      {text}
    </p>
  );
}
