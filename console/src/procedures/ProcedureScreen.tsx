import type { IsoDate, ProcedureHistoryResponse } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { errorMessage } from '../api/error-messages';
import { AsOfField } from '../catalogue/AsOfField';
import { useI18n } from '../i18n/language';
import { LegalBasisSection } from './LegalBasisSection';
import { ProcedureFieldsView } from './ProcedureFieldsView';
import { ProcedureHistoryList } from './ProcedureHistoryList';
import { standingOn } from './procedure-timeline';
import { useProcedureHistory } from './use-procedure-history';

/**
 * One procedure: every field of the version in force on the chosen date, and its whole
 * history with what each decision changed. The date only picks among versions already loaded.
 */
export function ProcedureScreen({
  procedureId,
  asOf,
  onAsOfChange,
}: {
  procedureId: string;
  asOf: IsoDate;
  onAsOfChange(date: IsoDate): void;
}) {
  const { t, language } = useI18n();
  const { load, retry } = useProcedureHistory(procedureId);
  // The date field keeps one place in the tree whatever the load's state (as on the catalogue).
  return (
    <div className="screen procedure">
      <p className="breadcrumb">
        <Link to="/" search={{ asOf }}>
          {t.procedure.backToCatalogue}
        </Link>
      </p>
      <div className="toolbar">
        <AsOfField value={asOf} onChange={onAsOfChange} label={t.procedure.asOf} />
      </div>
      {load.kind === 'loading' && (
        <>
          <h2>{t.procedure.headingUnknown}</h2>
          <p className="muted" role="status">
            {t.app.loading}
          </p>
        </>
      )}
      {load.kind === 'failed' && (
        <>
          <h2>{t.procedure.headingUnknown}</h2>
          <div className="error" role="alert" data-testid="procedure-error">
            <p>{t.procedure.loadFailed(errorMessage(load.error, language))}</p>
            <button type="button" onClick={retry}>
              {t.app.retry}
            </button>
          </div>
        </>
      )}
      {load.kind === 'not-found' && (
        <section className="panel empty" data-testid="procedure-not-found">
          <h2>{t.procedure.notFoundHeading}</h2>
          <p>{t.procedure.notFound(procedureId)}</p>
          <Link to="/" search={{ asOf }} className="button primary">
            {t.procedure.backToCatalogue}
          </Link>
        </section>
      )}
      {load.kind === 'ready' && <ProcedureBody history={load.history} asOf={asOf} />}
    </div>
  );
}

function ProcedureBody({ history, asOf }: { history: ProcedureHistoryResponse; asOf: IsoDate }) {
  const { t } = useI18n();
  const p = t.procedure;
  const { versions } = history;
  const standing = useMemo(() => standingOn(versions, asOf), [versions, asOf]);
  const shown = standing.kind === 'in-force' ? standing.version : null;
  // Named after what is in force, else after its latest version: the page is about one procedure.
  const named = shown ?? versions.at(-1);
  return (
    <>
      <h2 data-testid="procedure-heading">
        {named ? p.heading(named.name) : p.headingUnknown}
        {named?.code && (
          <>
            {' '}
            <code className="heading-code">{named.code}</code>
          </>
        )}
      </h2>
      <p
        className={standing.kind === 'in-force' ? 'standing' : 'standing notice'}
        data-testid="procedure-standing"
      >
        {standing.kind === 'in-force'
          ? `${p.inForce(standing.version.effectiveFrom)}${standing.version.effectiveTo === null ? '' : ` ${p.inForceUntil(standing.version.effectiveTo)}`}`
          : standing.kind === 'not-yet'
            ? p.notYet(asOf, standing.from)
            : p.abolished(asOf, standing.since, standing.again)}
      </p>
      {standing.kind === 'in-force' && (
        <section aria-labelledby="procedure-content-heading">
          <h3 id="procedure-content-heading">{p.contentHeading(asOf)}</h3>
          <ProcedureFieldsView fields={standing.version} />
        </section>
      )}
      {standing.kind === 'in-force' && <LegalBasisSection procedureId={history.procedureId} asOf={asOf} />}
      <ProcedureHistoryList versions={versions} decisions={history.decisions} shown={shown} />
    </>
  );
}
