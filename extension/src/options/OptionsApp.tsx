import { LocaleToggle } from '../i18n/LocaleToggle';
import { useI18n } from '../i18n/use-i18n';
import { CatalogueSection } from './CatalogueSection';
import { CatalogueUrlSection } from './CatalogueUrlSection';
import { ConsoleBridgeSection } from './ConsoleBridgeSection';
import { PortalsSection } from './PortalsSection';
import { PullLimitsSection } from './PullLimitsSection';
import { ServerConnectionSection } from './ServerConnectionSection';

export function OptionsApp() {
  const i18n = useI18n();
  return (
    <main>
      <header>
        <h1>{i18n.t.options.title}</h1>
        <LocaleToggle i18n={i18n} />
      </header>
      <CatalogueSection i18n={i18n} />
      <ServerConnectionSection i18n={i18n} />
      <CatalogueUrlSection i18n={i18n} />
      <ConsoleBridgeSection i18n={i18n} />
      <PortalsSection i18n={i18n} />
      <PullLimitsSection i18n={i18n} />
    </main>
  );
}
