import {
  compareLevels,
  type DecisionItem,
  type DossierComponent,
  LEVEL_KEYS,
  type LegalRef,
  levelLabel,
  type OnlineService,
  type ProcedureFieldName,
  type ProcedureFields,
  type ProcedurePatch,
  type ProcedureVersion,
  parseProcedureCode,
  procedureFieldLabel,
  type SubmissionMethod,
} from '@niemyet/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { FieldDiffList, useFieldDiffs } from '../../diff/FieldDiffView';
import { useI18n } from '../../i18n/language';
import { sameValue } from './draft-content';
import { LinesField, TextField } from './fields';
import { LegalRefFields, legalRefText } from './LegalRefForm';

const LINE_FIELDS = ['name', 'procedureType', 'field', 'agency', 'processingTime', 'fees'] as const;
const TEXT_FIELDS = ['steps', 'subjects', 'result', 'requirements'] as const;

/**
 * The fields of one item. An amendment starts from the version in force and keeps in
 * `changes` only the fields that differ from it (setting a field back removes it), each shown
 * against the version in force. A new procedure holds every field it is published with.
 */
export function ItemFieldsEditor({
  item,
  before,
  readOnly,
  onChange,
}: {
  item: DecisionItem;
  /** The version in force (amended, abolished), undefined when it is not in force or not loaded. */
  before: ProcedureVersion | undefined;
  readOnly: boolean;
  onChange(item: DecisionItem): void;
}) {
  const { t, language } = useI18n();
  const m = t.decisionEditor.items;
  const label = (field: ProcedureFieldName) => procedureFieldLabel(field, language);
  const values: Partial<ProcedureFields> =
    item.action === 'new' ? item.changes : { ...before, ...item.changes };

  const setField = <F extends ProcedureFieldName>(field: F, value: ProcedureFields[F]) => {
    const changes: ProcedurePatch = { ...item.changes };
    const empty = value === null || (Array.isArray(value) && value.length === 0);
    const unchanged =
      item.action === 'new'
        ? empty && field !== 'name'
        : before !== undefined && sameField(value, before[field]);
    if (unchanged) delete changes[field];
    else changes[field] = value;
    onChange({
      ...item,
      changes,
      ...(item.action === 'new' && field === 'name' && value ? { name: value as string } : {}),
    });
  };

  return (
    <div className="item-fields">
      {item.action === 'amended' && <AmendedDiff before={before} changes={item.changes} />}
      {item.action !== 'amended' && before === undefined && item.action !== 'new' && (
        <p className="muted">{m.notInForce}</p>
      )}
      {!readOnly && item.action === 'new' && (
        <TextField
          label={m.code}
          value={item.rawCode ?? item.code}
          testId="item-code"
          onChange={(raw) => {
            const code = raw ? (parseProcedureCode(raw)?.code ?? null) : null;
            onChange({ ...item, rawCode: raw, code, procedureId: code ?? `local:${item.id}` });
          }}
        />
      )}
      {!readOnly && item.action !== 'abolished' && (item.action === 'new' || before !== undefined) && (
        <>
          {LINE_FIELDS.map((field) => (
            <TextField
              key={field}
              label={label(field)}
              value={(values[field] as string | null | undefined) ?? null}
              onChange={(v) => setField(field, field === 'name' ? (v ?? '') : v)}
              testId={`item-${field}`}
            />
          ))}
          <fieldset className="field">
            <legend>{label('levels')}</legend>
            <div className="inline">
              {[...new Set([...LEVEL_KEYS, ...(values.levels ?? [])])].map((level) => (
                <label key={level} className="check">
                  <input
                    type="checkbox"
                    data-testid={`item-level-${level}`}
                    checked={(values.levels ?? []).includes(level)}
                    onChange={(event) => {
                      const current = values.levels ?? [];
                      setField(
                        'levels',
                        // Kept in display order, so unticking and ticking a level again changes nothing.
                        event.target.checked
                          ? [...current, level].sort(compareLevels)
                          : current.filter((l) => l !== level),
                      );
                    }}
                  />{' '}
                  {levelLabel(level, language)}
                </label>
              ))}
            </div>
          </fieldset>
          {TEXT_FIELDS.map((field) => (
            <TextField
              key={field}
              multiline
              label={label(field)}
              value={(values[field] as string | null | undefined) ?? null}
              onChange={(v) => setField(field, v)}
              testId={`item-${field}`}
            />
          ))}
          <MethodsEditor
            methods={values.methods ?? []}
            onChange={(methods) => setField('methods', methods)}
          />
          <DossierEditor
            dossier={values.dossier ?? []}
            onChange={(dossier) => setField('dossier', dossier)}
          />
          <LinesField
            label={label('legalBasis')}
            hint={m.legalBasisLines}
            testId="item-legal-basis"
            value={(values.legalBasis ?? []).map((ref) => ref.number)}
            onChange={(numbers) => setField('legalBasis', refsOf(numbers, values.legalBasis ?? []))}
          />
          <OnlineServiceField
            value={values.onlineService ?? null}
            onChange={(v) => setField('onlineService', v)}
          />
        </>
      )}
      {item.action === 'abolished' && (
        <fieldset className="field">
          <legend>{m.causeDocument}</legend>
          {readOnly ? (
            <p data-testid="item-cause-document">
              {item.causeDocument ? legalRefText(item.causeDocument) : '—'}
            </p>
          ) : (
            <LegalRefFields
              value={item.causeDocument}
              onChange={(causeDocument) => onChange({ ...item, causeDocument })}
              testId="item-cause-document"
            />
          )}
        </fieldset>
      )}
      {readOnly ? (
        item.reason && (
          <p>
            <strong>{m.reason}:</strong> {item.reason}
          </p>
        )
      ) : (
        <TextField
          multiline
          label={m.reason}
          value={item.reason}
          onChange={(reason) => onChange({ ...item, reason })}
          testId="item-reason"
        />
      )}
      {readOnly && item.action === 'new' && <NewFieldsView changes={item.changes} />}
    </div>
  );
}

/** Equal for the catalogue: an emptied text is the same as no text. */
function sameField(a: unknown, b: unknown): boolean {
  const plain = (v: unknown) => (v === '' || v === undefined ? null : v);
  return sameValue(plain(a), plain(b));
}

/** Document numbers as references, keeping what is known of a document already cited. */
function refsOf(numbers: readonly string[], known: readonly LegalRef[]): LegalRef[] {
  return numbers.map(
    (number) =>
      known.find((ref) => ref.number === number) ?? { number, title: null, issuedOn: null, issuer: null },
  );
}

function AmendedDiff({ before, changes }: { before: ProcedureVersion | undefined; changes: ProcedurePatch }) {
  const { t } = useI18n();
  const m = t.decisionEditor.items;
  const diffs = useFieldDiffs(before ?? null, changes);
  if (!before) return <p className="muted">{m.notInForce}</p>;
  return (
    <section className="item-diff" aria-label={m.diffHeading}>
      <h5>{m.diffHeading}</h5>
      {diffs.length === 0 ? <p className="muted">{m.noDiff}</p> : <FieldDiffList diffs={diffs} />}
    </section>
  );
}

function NewFieldsView({ changes }: { changes: ProcedurePatch }) {
  const diffs = useFieldDiffs(null, changes);
  return <FieldDiffList diffs={diffs} />;
}

function MethodsEditor({
  methods,
  onChange,
}: {
  methods: readonly SubmissionMethod[];
  onChange(methods: SubmissionMethod[]): void;
}) {
  const { t } = useI18n();
  const m = t.decisionEditor.items.methods;
  return (
    <RowsEditor
      field="methods"
      rows={methods}
      onChange={onChange}
      blank={() => ({ channel: '', processingTime: null, fees: null, description: null })}
      addLabel={m.add}
      removeLabel={m.remove}
      renderRow={(method, update) => (
        <>
          <TextField
            label={m.channel}
            value={method.channel}
            onChange={(v) => update({ channel: v ?? '' })}
          />
          <TextField
            label={m.processingTime}
            value={method.processingTime}
            onChange={(v) => update({ processingTime: v })}
          />
          <TextField label={m.fees} value={method.fees} onChange={(v) => update({ fees: v })} />
        </>
      )}
    />
  );
}

function DossierEditor({
  dossier,
  onChange,
}: {
  dossier: readonly DossierComponent[];
  onChange(dossier: DossierComponent[]): void;
}) {
  const { t } = useI18n();
  const m = t.decisionEditor.items.dossier;
  return (
    <RowsEditor
      field="dossier"
      rows={dossier}
      onChange={onChange}
      blank={() => ({ name: '', originals: null, copies: null, template: null, group: null })}
      addLabel={m.add}
      removeLabel={m.remove}
      renderRow={(component, update) => (
        <>
          <TextField
            label={m.name}
            value={component.name}
            onChange={(v) => update({ name: v ?? '' })}
            testId="item-dossier-name"
          />
          <TextField
            label={m.originals}
            value={component.originals}
            onChange={(v) => update({ originals: v })}
          />
          <TextField label={m.copies} value={component.copies} onChange={(v) => update({ copies: v })} />
        </>
      )}
    />
  );
}

/**
 * A list field edited row by row (submission methods, dossier documents): each row's inputs,
 * a button removing it, and one adding a blank row. Rows have no identity but their place.
 */
function RowsEditor<Row>({
  field,
  rows,
  onChange,
  blank,
  addLabel,
  removeLabel,
  renderRow,
}: {
  field: 'methods' | 'dossier';
  rows: readonly Row[];
  onChange(rows: Row[]): void;
  blank(): Row;
  addLabel: string;
  removeLabel(position: number): string;
  renderRow(row: Row, update: (patch: Partial<Row>) => void): ReactNode;
}) {
  const { language } = useI18n();
  const update = (index: number, patch: Partial<Row>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className={field}>
      <legend>{procedureFieldLabel(field, language)}</legend>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows of these lists have no identity but their place
        <div key={index} className="field-row">
          {renderRow(row, (patch) => update(index, patch))}
          <button
            type="button"
            className="secondary"
            aria-label={removeLabel(index + 1)}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rows, blank()])}>
        {addLabel}
      </button>
    </fieldset>
  );
}

function OnlineServiceField({
  value,
  onChange,
}: {
  value: OnlineService | null;
  onChange(value: OnlineService | null): void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const labels = t.decisionEditor.items.onlineService;
  return (
    <div className="field">
      <label htmlFor={id}>{procedureFieldLabel('onlineService', language)}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) =>
          onChange(event.target.value === '' ? null : (event.target.value as OnlineService))
        }
      >
        <option value="">{labels.unset}</option>
        <option value="none">{labels.none}</option>
        <option value="partial">{labels.partial}</option>
        <option value="full">{labels.full}</option>
      </select>
    </div>
  );
}
