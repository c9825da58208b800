import type { AuditStatus } from '@niemyet/core';
import { formatVietnameseDate, formatVietnamInstant } from '@niemyet/core';
import type { StoredAudit } from '@niemyet/db';
import { downloadFile } from '@niemyet/ui';
import { useCallback, useMemo, useState } from 'react';
import { fieldLabel } from '../../content/labels';
import type { ExtensionMessages } from '../../i18n/messages';
import type { I18n } from '../../i18n/use-i18n';
import type { CommandResponse } from '../../messaging/protocol';
import { auditExportFiles } from '../export-audit';
import {
  adjacentChange,
  buildFindingRows,
  changePosition,
  EMPTY_FILTER,
  type FindingFilter,
  type FindingRow,
  facetOptions,
  filterFindingRows,
  NONE,
} from '../finding-rows';
import type { FacetIndex } from '../use-catalogue-facets';
import { FindingDetail } from './FindingDetail';
import { FindingsTable } from './FindingsTable';
import { STATUS_KEYS, statusColours } from './StatusBadge';

type Note = CommandResponse<'record-finding-note'>;

const SUMMARY: [AuditStatus, keyof StoredAudit['summary']][] = [
  ['match', 'match'],
  ['changed', 'changed'],
  ['abolished', 'abolished'],
  ['unknown', 'unknown'],
  ['not-yet-effective', 'notYetEffective'],
  ['missing', 'missing'],
];

/** The portal levels the catalog names; any other level shows as the portal wrote it. */
const LEVELS: readonly string[] = [
  'central',
  'province',
  'district',
  'commune',
] satisfies (keyof ExtensionMessages['level'])[];
const isLevel = (level: string): level is keyof ExtensionMessages['level'] => LEVELS.includes(level);

export interface AuditViewProps {
  i18n: I18n;
  audit: StoredAudit;
  facets: FacetIndex;
  notes: Note[];
  onNote(note: Note): void;
}

export function AuditView({ i18n, audit, facets, notes, onNote }: AuditViewProps) {
  const { t, n, locale } = i18n;
  const [filter, setFilter] = useState<FindingFilter>(EMPTY_FILTER);
  const [selected, setSelected] = useState<number | null>(null);
  const rows = useMemo(() => buildFindingRows(audit.findings, (id) => facets.get(id)), [audit, facets]);
  const options = useMemo(() => facetOptions(rows), [rows]);
  const shown = useMemo(() => filterFindingRows(rows, filter), [rows, filter]);
  const selectedRow = selected === null ? null : (rows[selected] ?? null);
  const position = changePosition(shown, selected);
  const total = SUMMARY.reduce((sum, [, key]) => sum + audit.summary[key], 0) - audit.summary.missing;

  const levelLabel = useCallback((level: string) => (isLevel(level) ? t.level[level] : level), [t]);
  const statusLabel = useCallback((row: FindingRow) => t.status[STATUS_KEYS[row.status]], [t]);
  const fieldName = useCallback((field: string) => fieldLabel(locale, field), [locale]);
  const damagedFieldName = useCallback(
    (field: string) => t.panel.field.damaged({ field: fieldLabel(locale, field) }),
    [locale, t],
  );
  const headers = useMemo(
    () => ({
      status: t.panel.col.status,
      code: t.panel.col.code,
      name: t.panel.col.name,
      fields: t.panel.col.fields,
    }),
    [t],
  );
  const set = (patch: Partial<FindingFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const go = (direction: 1 | -1) => {
    const next = adjacentChange(shown, selected, direction);
    if (next) setSelected(next.index);
  };
  const exportAs = (kind: 'csv' | 'json') => {
    const files = auditExportFiles(audit, new Date().toISOString());
    downloadFile(files[kind], document);
  };

  return (
    <div className="audit" data-testid="audit-view" data-audit-id={audit.id}>
      <p className="meta">
        {audit.pullId ? `${t.panel.fromPull} · ` : ''}
        <span title={audit.tabUrl}>{audit.tabUrl}</span>
        <br />
        {t.panel.readAt({
          time: formatVietnamInstant(audit.readAt),
          asOf: formatVietnameseDate(audit.asOf),
        })}{' '}
        · {t.panel.summary.rows({ rows: total })}
      </p>
      <ul className="summary" data-testid="audit-summary">
        {SUMMARY.map(([status, key]) => (
          <li key={status}>
            <button
              type="button"
              data-testid={`summary-${status}`}
              data-count={audit.summary[key]}
              aria-pressed={filter.status === status}
              style={{ borderColor: statusColours(status).fg, background: statusColours(status).bg }}
              onClick={() => set({ status: filter.status === status ? 'all' : status })}
            >
              {t.status[STATUS_KEYS[status]]}: <strong>{n(audit.summary[key])}</strong>
            </button>
          </li>
        ))}
      </ul>
      <div className="filters">
        <label>
          {t.panel.filter.status}
          <select
            data-testid="filter-status"
            value={filter.status}
            onChange={(e) => set({ status: e.target.value as FindingFilter['status'] })}
          >
            <option value="all">{t.panel.filter.all}</option>
            <option value="discrepancies">{t.panel.filter.discrepancies}</option>
            {SUMMARY.map(([status]) => (
              <option key={status} value={status}>
                {t.status[STATUS_KEYS[status]]}
              </option>
            ))}
          </select>
        </label>
        <FacetSelect
          testId="filter-level"
          label={t.panel.filter.level}
          value={filter.level}
          values={options.levels}
          display={levelLabel}
          i18n={i18n}
          onChange={(level) => set({ level })}
        />
        <FacetSelect
          testId="filter-field"
          label={t.panel.filter.field}
          value={filter.field}
          values={options.fields}
          i18n={i18n}
          onChange={(field) => set({ field })}
        />
        <FacetSelect
          testId="filter-agency"
          label={t.panel.filter.agency}
          value={filter.agency}
          values={options.agencies}
          i18n={i18n}
          onChange={(agency) => set({ agency })}
        />
        <FacetSelect
          testId="filter-diff-field"
          label={t.panel.filter.diffField}
          value={filter.diffField}
          values={options.diffFields}
          display={fieldName}
          i18n={i18n}
          noNone
          onChange={(diffField) => set({ diffField })}
        />
        <label>
          {t.panel.filter.text}
          <input
            type="search"
            data-testid="filter-text"
            value={filter.text}
            onChange={(e) => set({ text: e.target.value })}
          />
        </label>
      </div>
      <p className="toolbar">
        <span data-testid="shown-count">
          {t.panel.filter.shown({ shown: shown.length, total: rows.length })}
        </span>
        <button
          type="button"
          data-testid="prev-change"
          onClick={() => go(-1)}
          disabled={position.total === 0}
        >
          {t.panel.prev}
        </button>
        <button type="button" data-testid="next-change" onClick={() => go(1)} disabled={position.total === 0}>
          {t.panel.next}
        </button>
        {position.n > 0 && (
          <span data-testid="change-position">
            {t.panel.position({ n: position.n, total: position.total })}
          </span>
        )}
        <span className="spacer" />
        <button type="button" data-testid="export-csv" onClick={() => exportAs('csv')}>
          {t.panel.export.csv}
        </button>
        <button type="button" data-testid="export-json" onClick={() => exportAs('json')}>
          {t.panel.export.json}
        </button>
      </p>
      {selectedRow && (
        <div className="detail-wrap">
          <button type="button" className="close" onClick={() => setSelected(null)}>
            {t.panel.close}
          </button>
          <FindingDetail i18n={i18n} audit={audit} row={selectedRow} notes={notes} onNote={onNote} />
        </div>
      )}
      {shown.length === 0 ? (
        <p data-testid="findings-empty">{t.panel.empty}</p>
      ) : (
        <FindingsTable
          rows={shown}
          selected={selected}
          onSelect={setSelected}
          headers={headers}
          statusLabel={statusLabel}
          fieldLabel={fieldName}
          damagedFieldLabel={damagedFieldName}
        />
      )}
    </div>
  );
}

function FacetSelect(props: {
  testId: string;
  label: string;
  value: string;
  values: string[];
  display?: (value: string) => string;
  i18n: I18n;
  noNone?: boolean;
  onChange(value: string): void;
}) {
  const { testId, label, value, values, display = (v) => v, i18n, noNone, onChange } = props;
  return (
    <label>
      {label}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{i18n.t.panel.filter.all}</option>
        {!noNone && <option value={NONE}>{i18n.t.panel.filter.none}</option>}
        {values.map((v) => (
          <option key={v} value={v}>
            {display(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
