import { randomBytes } from 'node:crypto';
import {
  type DecisionItem,
  type DecisionItemInput,
  normalizeText,
  type ProcedureVersion,
  parseProcedureCode,
  procedureIdOf,
} from '@niemyet/core';
import { ApiHttpError } from '../http/errors';

/**
 * Turns the items a drafter wrote into core's DecisionItems: keeps given ids, makes new ones,
 * reads the code into its canonical form and procedureId, and for amended/abolished items
 * finds the procedure in the catalogue (by code, else by its normalised name) to fill the
 * name when the drafter left it out.
 */
export function resolveItems(
  decisionId: string,
  inputs: readonly DecisionItemInput[],
  active: ReadonlyMap<string, ProcedureVersion>,
): DecisionItem[] {
  const byName = new Map<string, ProcedureVersion[]>();
  for (const version of active.values()) {
    const key = normalizeText(version.name);
    byName.set(key, [...(byName.get(key) ?? []), version]);
  }
  return inputs.map((input, index) => {
    const rawCode = input.code?.trim() || null;
    const parsed = rawCode ? parseProcedureCode(rawCode) : null;
    if (rawCode && !parsed && !/^local:/.test(rawCode))
      throw new ApiHttpError(
        400,
        'bad-request',
        `Mã thủ tục «${rawCode}» không hợp lệ (invalid procedure code).`,
        {
          field: `items.${index}.code`,
          issue: 'not a procedure code',
          in: 'body',
        },
      );
    const code = parsed?.code ?? null;
    let found: ProcedureVersion | undefined;
    if (code) found = active.get(code) ?? [...active.values()].find((v) => v.code === code);
    else if (rawCode?.startsWith('local:')) found = active.get(rawCode);
    else if (input.name && input.action !== 'new') {
      const candidates = byName.get(normalizeText(input.name));
      if (candidates?.length === 1) found = candidates[0];
    }
    const name = input.name?.trim() || (input.action !== 'new' ? found?.name : undefined);
    if (!name)
      throw new ApiHttpError(
        400,
        'bad-request',
        'Cần tên thủ tục (mục mới, hoặc mã không có trong danh mục) (the item needs a name).',
        { field: `items.${index}.name`, issue: 'required', in: 'body' },
      );
    const id = input.id ?? `${decisionId}#${randomBytes(4).toString('hex')}`;
    const procedureId =
      found?.procedureId ??
      (rawCode?.startsWith('local:') ? rawCode : procedureIdOf(code, `${decisionId}:${normalizeText(name)}`));
    return {
      id,
      action: input.action,
      procedureId,
      code: code ?? found?.code ?? null,
      rawCode: parsed?.raw ?? rawCode,
      name,
      changes: input.changes ?? {},
      reason: input.reason ?? null,
      causeDocument: input.causeDocument ?? null,
      nationalDbOn: input.nationalDbOn ?? null,
    };
  });
}
