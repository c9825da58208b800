import { type DecisionAction, type DecisionItem, levelLabel, type ProcedureVersion } from '@niemyet/core';

/**
 * The items as the official annex lists them: by action (new, amended, abolished), then
 * level, then field, each with its count. Levels and field come from the item's own changes
 * when it sets them, else from the version in force (an amendment rarely restates them).
 * Linear in the items; a group holds the items themselves, not copies.
 */
export const ACTION_ORDER: readonly DecisionAction[] = ['new', 'amended', 'abolished'];

export interface FieldGroup {
  field: string | null;
  items: DecisionItem[];
}
export interface LevelGroup {
  /** The levels joined for display (`levelLabel`), '' when none is known. */
  levels: string;
  count: number;
  fields: FieldGroup[];
}
export interface ActionGroup {
  action: DecisionAction;
  count: number;
  levels: LevelGroup[];
}

export function groupItems(
  items: readonly DecisionItem[],
  inForce: (item: DecisionItem) => ProcedureVersion | undefined,
  language: 'vi' | 'en',
): ActionGroup[] {
  const byAction = new Map<DecisionAction, Map<string, Map<string | null, DecisionItem[]>>>();
  for (const item of items) {
    const version = inForce(item);
    const levels = (item.changes.levels ?? version?.levels ?? [])
      .map((level) => levelLabel(level, language))
      .join(', ');
    const field = item.changes.field ?? version?.field ?? null;
    let byLevel = byAction.get(item.action);
    if (!byLevel) {
      byLevel = new Map();
      byAction.set(item.action, byLevel);
    }
    let byField = byLevel.get(levels);
    if (!byField) {
      byField = new Map();
      byLevel.set(levels, byField);
    }
    const list = byField.get(field);
    if (list) list.push(item);
    else byField.set(field, [item]);
  }
  return ACTION_ORDER.filter((action) => byAction.has(action)).map((action) => {
    const levels = [...byAction.get(action)!].map(([label, byField]) => {
      const fields = [...byField].map(([field, list]) => ({ field, items: list }));
      return { levels: label, count: fields.reduce((n, f) => n + f.items.length, 0), fields };
    });
    return { action, count: levels.reduce((n, l) => n + l.count, 0), levels };
  });
}
