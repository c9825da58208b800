import type { DecisionItem, ProcedureVersion } from '@niemyet/core';
import { memo } from 'react';
import { useI18n } from '../../i18n/language';
import { ItemFieldsEditor } from './ItemFieldsEditor';
import type { ActionGroup } from './item-groups';

/** The DOM id of an item's row, for the validation panel's links. */
export const itemAnchor = (id: string) => `decision-item-${id}`;

/**
 * The items grouped as the annex lists them. Each item is one line until opened: a decision
 * of 300 items renders 300 short lines, and the field editor and its diffs only for the
 * items the user opened. Lines are memoised by item, so typing in one does not redraw the rest.
 */
export function ItemList({
  groups,
  expanded,
  readOnly,
  issueCounts,
  inForce,
  catalogueReady,
  onToggle,
  onChange,
  onRemove,
}: {
  groups: readonly ActionGroup[];
  expanded: ReadonlySet<string>;
  readOnly: boolean;
  issueCounts: ReadonlyMap<string, number>;
  inForce(item: DecisionItem): ProcedureVersion | undefined;
  catalogueReady: boolean;
  onToggle(id: string): void;
  onChange(item: DecisionItem): void;
  onRemove(id: string): void;
}) {
  const { t } = useI18n();
  const m = t.decisionEditor.items;
  return (
    <div className="item-groups">
      {groups.map((group) => (
        <section key={group.action} className="item-group" data-testid={`item-group-${group.action}`}>
          <h4>
            {m.actions[group.action]} <span className="muted">{m.count(group.count)}</span>
          </h4>
          {group.levels.map((level) => (
            <div key={level.levels} className="level-group">
              <h5>
                {level.levels ? m.level(level.levels) : m.noLevel}{' '}
                <span className="muted">{m.count(level.count)}</span>
              </h5>
              {level.fields.map((field) => (
                <div key={field.field ?? ''} className="field-group">
                  <h6>
                    {field.field ? m.field(field.field) : m.noField}{' '}
                    <span className="muted">{m.count(field.items.length)}</span>
                  </h6>
                  <ol className="items">
                    {field.items.map((item) => (
                      <ItemLine
                        key={item.id}
                        item={item}
                        open={expanded.has(item.id)}
                        readOnly={readOnly}
                        issues={issueCounts.get(item.id) ?? 0}
                        before={item.action === 'new' ? undefined : inForce(item)}
                        catalogueReady={catalogueReady}
                        onToggle={onToggle}
                        onChange={onChange}
                        onRemove={onRemove}
                      />
                    ))}
                  </ol>
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

const ItemLine = memo(function ItemLine({
  item,
  open,
  readOnly,
  issues,
  before,
  catalogueReady,
  onToggle,
  onChange,
  onRemove,
}: {
  item: DecisionItem;
  open: boolean;
  readOnly: boolean;
  issues: number;
  before: ProcedureVersion | undefined;
  catalogueReady: boolean;
  onToggle(id: string): void;
  onChange(item: DecisionItem): void;
  onRemove(id: string): void;
}) {
  const { t } = useI18n();
  const m = t.decisionEditor.items;
  const changed = Object.values(item.changes).filter((v) => v !== undefined).length;
  const label = m.name(item);
  return (
    <li className="item" data-testid="decision-item" data-item-id={item.id} data-action={item.action}>
      <div className="item-line">
        <span className="item-code">{item.rawCode ?? item.code ?? m.noCode}</span>
        <span className="item-name">{item.name}</span>
        {item.action === 'amended' && <span className="muted">{m.changedFields(changed)}</span>}
        {issues > 0 && <span className="badge warning">{m.issues(issues)}</span>}
        <button
          id={itemAnchor(item.id)}
          type="button"
          className="secondary"
          aria-expanded={open}
          aria-label={`${open ? m.close : readOnly ? m.view : m.edit}: ${label}`}
          onClick={() => onToggle(item.id)}
        >
          {open ? m.close : readOnly ? m.view : m.edit}
        </button>
        {!readOnly && (
          <button
            type="button"
            className="secondary"
            aria-label={m.removeNamed(label)}
            onClick={() => onRemove(item.id)}
          >
            {m.remove}
          </button>
        )}
      </div>
      {open &&
        (item.action !== 'new' && !catalogueReady ? (
          <p className="muted">{m.catalogueLoading}</p>
        ) : (
          <ItemFieldsEditor item={item} before={before} readOnly={readOnly} onChange={onChange} />
        ))}
    </li>
  );
});
