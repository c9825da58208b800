import {
  levelLabel,
  PROCEDURE_FIELD_LABELS,
  type ProcedureFieldName,
  type ProcedureFields,
  procedureFieldLabel,
} from '@niemyet/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/language';

/** The fields in the national record's order (core's label table lists them so). */
const FIELD_ORDER = Object.keys(PROCEDURE_FIELD_LABELS.vi) as ProcedureFieldName[];

/**
 * Every field of one version of a procedure, labelled as the national record names them
 * (core's one table of labels). Wording from outside is rendered as text only; a portal
 * address becomes a link only when it is an http(s) address.
 */
export function ProcedureFieldsView({ fields }: { fields: ProcedureFields }) {
  const { t, language } = useI18n();
  const p = t.procedure;
  const none = <span className="muted">{p.none}</span>;
  const text = (value: string | null) =>
    value === null || value.trim() === '' ? none : <span className="long-text">{value}</span>;
  const or = (value: string | null) => value ?? '—';

  const values: Record<ProcedureFieldName, ReactNode> = {
    code: fields.code === null ? <span className="muted">{p.noCode}</span> : <code>{fields.code}</code>,
    name: fields.name,
    levels:
      fields.levels.length === 0
        ? none
        : fields.levels.map((level) => levelLabel(level, language)).join(', '),
    field: text(fields.field),
    agency: text(fields.agency),
    procedureType: text(fields.procedureType),
    processingTime: text(fields.processingTime),
    fees: text(fields.fees),
    methods:
      fields.methods.length === 0 ? (
        none
      ) : (
        <table className="plain nested">
          <thead>
            <tr>
              <th scope="col">{p.method.channel}</th>
              <th scope="col">{p.method.processingTime}</th>
              <th scope="col">{p.method.fees}</th>
              <th scope="col">{p.method.description}</th>
            </tr>
          </thead>
          <tbody>
            {fields.methods.map((method, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a version's methods are fixed and in record order
              <tr key={index}>
                <td>{method.channel}</td>
                <td className="long-text">{or(method.processingTime)}</td>
                <td className="long-text">{or(method.fees)}</td>
                <td className="long-text">{or(method.description)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ),
    steps: text(fields.steps),
    dossier:
      fields.dossier.length === 0 ? (
        none
      ) : (
        <table className="plain nested">
          <thead>
            <tr>
              <th scope="col">{p.dossier.name}</th>
              <th scope="col">{p.dossier.originals}</th>
              <th scope="col">{p.dossier.copies}</th>
              <th scope="col">{p.dossier.template}</th>
            </tr>
          </thead>
          <tbody>
            {fields.dossier.map((component, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a version's dossier is fixed and in record order
              <tr key={index}>
                <td>
                  {component.group !== null && (
                    <span className="muted">
                      {p.dossier.group}: {component.group} ·{' '}
                    </span>
                  )}
                  {component.name}
                </td>
                <td>{or(component.originals)}</td>
                <td>{or(component.copies)}</td>
                <td>{or(component.template)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ),
    subjects: text(fields.subjects),
    result: text(fields.result),
    requirements: text(fields.requirements),
    legalBasis:
      fields.legalBasis.length === 0 ? (
        none
      ) : (
        <ul className="plain-list">
          {fields.legalBasis.map((ref, index) => {
            const issued = p.legalIssued(ref.issuer, ref.issuedOn);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a version's legal basis is fixed and in record order
              <li key={index}>
                <strong>{ref.number}</strong>
                {ref.title !== null && ` ${ref.title}`}
                {issued !== '' && <span className="muted"> ({issued})</span>}
              </li>
            );
          })}
        </ul>
      ),
    onlineService: fields.onlineService === null ? none : (p.onlineService[fields.onlineService] ?? none),
    portalRefs:
      fields.portalRefs.length === 0 ? (
        none
      ) : (
        <ul className="plain-list">
          {fields.portalRefs.map((ref) => (
            <li key={ref.url}>
              {/^https?:\/\//i.test(ref.url) ? (
                <a href={ref.url} target="_blank" rel="noopener noreferrer">
                  {ref.url}
                </a>
              ) : (
                ref.url
              )}
              {ref.portalId !== null && <span className="muted"> ({ref.portalId})</span>}
            </li>
          ))}
        </ul>
      ),
  };

  return (
    <dl className="procedure-fields" data-testid="procedure-fields">
      {FIELD_ORDER.map((field) => (
        <div key={field} className="procedure-field" data-field={field}>
          <dt>{procedureFieldLabel(field, language)}</dt>
          <dd>{values[field]}</dd>
        </div>
      ))}
    </dl>
  );
}
