import {
  canonicalJson,
  type Decision,
  type DecisionContent,
  type DecisionItem,
  type DecisionItemInput,
  type DecisionPatchBody,
} from '@niemyet/core';

/**
 * What the editor lets a drafter change: the header and the items. The number and the signed
 * date come at issue, attachments elsewhere. Drafts are plain values, replaced on every edit
 * (never mutated), so "did it change" is a reference test and React memoises by it.
 */
export type DraftContent = Pick<
  Decision,
  'title' | 'issuer' | 'signer' | 'effectiveOn' | 'scope' | 'legalBasis' | 'items'
>;

export const HEADER_KEYS = ['title', 'issuer', 'signer', 'effectiveOn', 'scope', 'legalBasis'] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

export function draftOf(decision: DecisionContent): DraftContent {
  return {
    title: decision.title,
    issuer: decision.issuer,
    signer: decision.signer,
    effectiveOn: decision.effectiveOn,
    scope: decision.scope,
    legalBasis: decision.legalBasis,
    items: decision.items,
  };
}

/** Equal as data (key order and object identity do not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/** An item as the PATCH body carries it: the server works out the rest (procedureId, names). */
export function itemInput(item: DecisionItem): DecisionItemInput {
  return {
    id: item.id,
    action: item.action,
    // A procedure without a national code is named by its local id, which the server reads as such.
    code:
      item.rawCode ??
      item.code ??
      (item.procedureId.startsWith('local:') && item.action !== 'new' ? item.procedureId : null),
    name: item.name,
    changes: item.changes,
    reason: item.reason,
    causeDocument: item.causeDocument,
    nationalDbOn: item.nationalDbOn,
  };
}

/** The PATCH of `draft` over `saved`: only the keys that differ, with the revision edited on. */
export function patchBody(saved: DraftContent, draft: DraftContent, revision: number): DecisionPatchBody {
  const body: DecisionPatchBody = { revision };
  for (const key of HEADER_KEYS)
    if (!sameValue(saved[key], draft[key])) Object.assign(body, { [key]: draft[key] });
  if (!sameValue(saved.items, draft.items)) body.items = draft.items.map(itemInput);
  return body;
}

export function hasChanges(saved: DraftContent, draft: DraftContent): boolean {
  return Object.keys(patchBody(saved, draft, 0)).length > 1;
}

/** The decision as it would be with the draft: what local validation checks. */
export function withDraft(decision: Decision, draft: DraftContent): Decision {
  return { ...decision, ...draft };
}

/**
 * My edits (`mine` against the `base` I edited) replayed on the server's newer content
 * (`theirs`): header fields I changed take my value; items I added are added, items I removed
 * are removed, items I changed replace theirs (and come back if they removed them, so nothing
 * I wrote is lost). Everything else stays as they saved it.
 */
export function rebaseDraft(base: DraftContent, mine: DraftContent, theirs: DraftContent): DraftContent {
  const rebased: DraftContent = { ...theirs };
  for (const key of HEADER_KEYS)
    if (!sameValue(base[key], mine[key])) Object.assign(rebased, { [key]: mine[key] });
  const baseById = new Map(base.items.map((item) => [item.id, item]));
  const mineById = new Map(mine.items.map((item) => [item.id, item]));
  const removedByMe = new Set(base.items.filter((item) => !mineById.has(item.id)).map((item) => item.id));
  const changedByMe = new Map(
    mine.items
      .filter((item) => baseById.has(item.id) && !sameValue(baseById.get(item.id), item))
      .map((item) => [item.id, item]),
  );
  const items = theirs.items
    .filter((item) => !removedByMe.has(item.id))
    .map((item) => changedByMe.get(item.id) ?? item);
  const present = new Set(items.map((item) => item.id));
  for (const item of mine.items)
    if (!present.has(item.id) && (!baseById.has(item.id) || changedByMe.has(item.id))) items.push(item);
  rebased.items = items;
  return rebased;
}
