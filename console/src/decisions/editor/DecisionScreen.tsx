import { type DecisionDetailResponse, type DecisionItem, validateDecision } from '@niemyet/core';
import { useBlocker } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import { getDecisionDetail } from '../../api/decision-review';
import { errorMessage } from '../../api/error-messages';
import { useI18n } from '../../i18n/language';
import { useSignedInUser } from '../../session/session-context';
import { AnnexDownload } from '../AnnexDownload';
import {
  ApprovalStatus,
  CommentThread,
  DecisionActions,
  ReviewScreen,
  Timeline,
  useComments,
} from '../review';
import { ConflictView } from './ConflictView';
import { DecisionHeader } from './DecisionHeader';
import { type DraftContent, withDraft } from './draft-content';
import { ItemList, itemAnchor } from './ItemList';
import { groupItems } from './item-groups';
import { NewItemDialog } from './NewItemDialog';
import { abolishedItem, amendedItem, itemFromRow, newProcedureItem } from './new-items';
import { PasteRowsDialog } from './PasteRowsDialog';
import { ProcedurePicker } from './ProcedurePicker';
import { RevisionsPanel } from './RevisionsPanel';
import { SaveStatus } from './SaveStatus';
import { useDecisionDraft } from './use-decision-draft';
import { useEditorCatalogue } from './use-editor-catalogue';
import { ValidationPanel } from './ValidationPanel';

type Load =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; detail: DecisionDetailResponse };

/**
 * The decision editor, `#/decisions/$id`: the header, the items grouped as the annex lists
 * them, the checks, autosave with conflicts resolved by the user, and the saved revisions.
 * An issued or withdrawn decision, or a user who may not draft, gets the same page without
 * inputs.
 */
export function DecisionScreen({ id }: { id: string }) {
  const { t, language } = useI18n();
  const m = t.decisionEditor;
  const client = useApi();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setLoad({ kind: 'loading' });
    getDecisionDetail(client, id, controller.signal)
      .then((detail) => !controller.signal.aborted && setLoad({ kind: 'ready', detail }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad(
          error instanceof ApiError && error.code === 'not-found'
            ? { kind: 'not-found' }
            : { kind: 'failed', error },
        );
      });
    return () => controller.abort();
  }, [client, id, attempt]);

  if (load.kind === 'loading')
    return (
      <div className="screen">
        <p className="muted" role="status">
          {m.loading}
        </p>
      </div>
    );
  if (load.kind === 'not-found')
    return (
      <div className="screen">
        <p className="panel empty" data-testid="decision-not-found">
          {m.notFound}
        </p>
        <a href="#/decisions">{m.backToList}</a>
      </div>
    );
  if (load.kind === 'failed')
    return (
      <div className="screen">
        <p className="error" role="alert">
          {m.loadFailed(errorMessage(load.error, language))}
        </p>
        <button type="button" className="secondary" onClick={() => setAttempt((n) => n + 1)}>
          {t.app.retry}
        </button>
      </div>
    );
  return <DecisionEditor key={load.detail.decision.id} initial={load.detail} />;
}

/** The id of the items' heading, where focus goes when the item it was on is removed. */
const ITEMS_HEADING = 'decision-items';

type DialogKind = 'new' | 'amended' | 'abolished' | 'paste' | null;

function DecisionEditor({ initial }: { initial: DecisionDetailResponse }) {
  const { t, language } = useI18n();
  const m = t.decisionEditor;
  const client = useApi();
  const user = useSignedInUser();
  const state = useDecisionDraft(client, initial);
  const { detail, draft, edit } = state;
  const decision = detail.decision;
  const readOnly =
    !user.permissions.includes('decisions.draft') ||
    decision.state === 'issued' ||
    decision.state === 'withdrawn';
  const catalogue = useEditorCatalogue(draft.effectiveOn);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [showRevisions, setShowRevisions] = useState(false);
  const [focusItem, setFocusItem] = useState<string | null>(null);
  const comments = useComments(decision.id);
  // A reviewer meets the review (every item with its diffs, comments, verdict) first; the
  // drafter meets the editor. Either can switch: the same decision, two ways to look at it.
  const reviewFirst =
    user.permissions.includes('decisions.review') &&
    decision.author !== user.username &&
    (decision.state === 'in_review' || !user.permissions.includes('decisions.draft'));
  const [view, setView] = useState<'edit' | 'review'>(reviewFirst ? 'review' : 'edit');

  // Checked here after every edit against the catalogue in force: the panel follows typing,
  // the server's list takes over once the edit is saved. Deadlines need the server's rules.
  const local = useMemo(() => {
    if (readOnly || (draft.effectiveOn !== null && catalogue.active === null)) return null;
    const active = catalogue.active ?? new Map();
    return validateDecision(withDraft(decision, draft), { activeAt: () => active });
  }, [readOnly, decision, draft, catalogue.active]);
  const issues = useMemo(
    () =>
      local
        ? [...local, ...detail.validation.filter((i) => i.code.startsWith('deadline-'))]
        : detail.validation,
    [local, detail.validation],
  );
  const issueCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const issue of issues)
      if (issue.itemId) counts.set(issue.itemId, (counts.get(issue.itemId) ?? 0) + 1);
    return counts;
  }, [issues]);
  const groups = useMemo(
    () => groupItems(draft.items, catalogue.inForce, language),
    [draft.items, catalogue.inForce, language],
  );
  const itemsById = useMemo(() => new Map(draft.items.map((item) => [item.id, item])), [draft.items]);
  const taken = useMemo(() => new Set(draft.items.map((item) => item.procedureId)), [draft.items]);

  const dirty = useRef(false);
  dirty.current = state.dirty && !readOnly;
  useBlocker({
    shouldBlockFn: () => dirty.current && !window.confirm(m.save.leave),
    enableBeforeUnload: () => dirty.current,
  });

  const onToggle = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const onChange = useCallback(
    (item: DecisionItem) => edit((d) => ({ ...d, items: d.items.map((i) => (i.id === item.id ? item : i)) })),
    [edit],
  );
  const onRemove = useCallback(
    (id: string) => {
      edit((d) => ({ ...d, items: d.items.filter((i) => i.id !== id) }));
      // The button pressed goes with its item: keyboard users continue from the list's heading.
      setFocusItem(ITEMS_HEADING);
    },
    [edit],
  );
  const addItems = (items: DecisionItem[], open: boolean) => {
    edit((d: DraftContent) => ({ ...d, items: [...d.items, ...items] }));
    if (open) {
      setExpanded((current) => new Set([...current, ...items.map((i) => i.id)]));
      if (items[0]) setFocusItem(items[0].id);
    }
    setDialog(null);
  };
  const goTo = useCallback((itemId: string) => {
    setExpanded((current) => new Set([...current, itemId]));
    setFocusItem(itemId);
  }, []);
  useEffect(() => {
    if (focusItem === null) return;
    document.getElementById(focusItem === ITEMS_HEADING ? ITEMS_HEADING : itemAnchor(focusItem))?.focus();
    setFocusItem(null);
  }, [focusItem]);

  const stateLabel = m.states[decision.state] ?? decision.state;
  return (
    <div className="screen decision-editor" data-testid="decision-editor" data-read-only={readOnly}>
      <div className="decision-title">
        <h2>{draft.title || (decision.number !== '' ? decision.number : m.untitled)}</h2>
        <p className="muted">
          <span data-testid="decision-state">{stateLabel}</span> · {m.revisions.label(decision.revision)} ·{' '}
          {m.items.total(draft.items.length)}
        </p>
        {!readOnly && <SaveStatus save={state.save} onRetry={state.saveNow} />}
        <AnnexDownload decisionId={decision.id} />
      </div>
      {readOnly && (
        <p className="notice" data-testid="read-only-notice">
          {decision.state === 'issued'
            ? m.readOnly.issued
            : decision.state === 'withdrawn'
              ? m.readOnly.withdrawn
              : m.readOnly.noPermission}
        </p>
      )}
      <fieldset className="view-switch">
        <legend className="visually-hidden">{m.view.label}</legend>
        <button
          type="button"
          className={view === 'edit' ? 'primary' : 'secondary'}
          aria-pressed={view === 'edit'}
          data-testid="view-edit"
          onClick={() => setView('edit')}
        >
          {readOnly ? m.view.content : m.view.edit}
        </button>
        <button
          type="button"
          className={view === 'review' ? 'primary' : 'secondary'}
          aria-pressed={view === 'review'}
          data-testid="view-review"
          onClick={() => setView('review')}
        >
          {m.view.review}
        </button>
      </fieldset>
      {view === 'review' && !state.conflict ? (
        <>
          <ReviewScreen detail={detail} comments={comments} onChanged={state.adopt} />
          <Timeline decision={decision} comments={comments.comments} />
        </>
      ) : state.conflict ? (
        <ConflictView conflict={state.conflict} onTakeTheirs={state.takeTheirs} onKeepMine={state.keepMine} />
      ) : (
        <>
          <DecisionHeader decision={decision} draft={draft} readOnly={readOnly} edit={edit} />
          {/* Acting on a revision the server has not got yet would act on an older one: wait for the save. */}
          <fieldset className="decision-workflow" disabled={state.dirty} data-testid="decision-workflow">
            <legend className="visually-hidden">{m.view.workflow}</legend>
            {state.dirty && <p className="muted">{m.view.savingFirst}</p>}
            <DecisionActions detail={detail} onChanged={state.adopt} />
            <ApprovalStatus detail={detail} />
          </fieldset>
          <ValidationPanel
            issues={issues}
            local={local !== null && state.dirty}
            items={itemsById}
            onGoTo={goTo}
          />
          <section className="decision-items" aria-labelledby={ITEMS_HEADING}>
            <h3 id={ITEMS_HEADING} tabIndex={-1}>
              {m.items.heading} <span className="muted">{m.items.count(draft.items.length)}</span>
            </h3>
            {catalogue.state === 'failed' && (
              <p className="error" role="alert">
                {m.items.catalogueFailed(errorMessage(catalogue.error, language))}
              </p>
            )}
            {!readOnly && (
              <div className="toolbar" data-testid="item-actions">
                <button type="button" className="secondary" onClick={() => setDialog('new')}>
                  {m.items.addNew}
                </button>
                <button type="button" className="secondary" onClick={() => setDialog('paste')}>
                  {m.items.paste}
                </button>
                <button type="button" className="secondary" onClick={() => setDialog('amended')}>
                  {m.items.addAmended}
                </button>
                <button type="button" className="secondary" onClick={() => setDialog('abolished')}>
                  {m.items.addAbolished}
                </button>
              </div>
            )}
            {draft.items.length === 0 ? (
              <p className="panel empty" data-testid="decision-empty">
                {m.items.empty}
              </p>
            ) : (
              <ItemList
                groups={groups}
                expanded={expanded}
                readOnly={readOnly}
                issueCounts={issueCounts}
                inForce={catalogue.inForce}
                catalogueReady={catalogue.state === 'ready'}
                onToggle={onToggle}
                onChange={onChange}
                onRemove={onRemove}
              />
            )}
          </section>
          <section className="decision-comments" aria-labelledby="decision-comments-heading">
            <h3 id="decision-comments-heading">{m.view.comments}</h3>
            <CommentThread
              decisionId={decision.id}
              revision={decision.revision}
              itemId={null}
              field={null}
              comments={comments.comments}
              onPosted={comments.add}
              readOnly={decision.state === 'issued' || decision.state === 'withdrawn'}
            />
          </section>
          <Timeline decision={decision} comments={comments.comments} />
          <div className="toolbar">
            <button
              type="button"
              className="secondary"
              aria-expanded={showRevisions}
              onClick={() => setShowRevisions((shown) => !shown)}
            >
              {showRevisions ? m.revisions.hide : m.revisions.show}
            </button>
          </div>
          {showRevisions && (
            <RevisionsPanel
              decisionId={decision.id}
              currentRevision={decision.revision}
              renderContent={(content) => <RevisionContent decision={decision} content={content} />}
            />
          )}
        </>
      )}
      {dialog === 'new' && (
        <NewItemDialog
          onClose={() => setDialog(null)}
          onAdd={(name, code, rawCode) => addItems([{ ...newProcedureItem(name, code), rawCode }], true)}
        />
      )}
      {dialog === 'paste' && (
        <PasteRowsDialog
          decisionNumber={decision.number}
          effectiveOn={draft.effectiveOn}
          onClose={() => setDialog(null)}
          onAdd={(rows) => addItems(rows.map(itemFromRow), false)}
        />
      )}
      {(dialog === 'amended' || dialog === 'abolished') && (
        <ProcedurePicker
          mode={dialog}
          catalogue={catalogue}
          effectiveOn={draft.effectiveOn}
          taken={taken}
          onClose={() => setDialog(null)}
          onPickAmended={(version) => addItems([amendedItem(version)], true)}
          onPickAbolished={(versions, document) =>
            addItems(
              versions.map((version) => abolishedItem(version, document)),
              false,
            )
          }
        />
      )}
    </div>
  );
}

/** A saved revision shown read-only: its header and its items by group, every item open. */
function RevisionContent({
  decision,
  content,
}: {
  decision: DecisionDetailResponse['decision'];
  content: DraftContent;
}) {
  const { t, language } = useI18n();
  const catalogue = useEditorCatalogue(content.effectiveOn);
  const groups = useMemo(
    () => groupItems(content.items, catalogue.inForce, language),
    [content.items, catalogue.inForce, language],
  );
  return (
    <div className="revision-content" data-testid="revision-content">
      <DecisionHeader decision={decision} draft={content} readOnly edit={() => {}} />
      {content.items.length === 0 ? (
        <p className="muted">{t.decisionEditor.items.empty}</p>
      ) : (
        <ul className="items">
          {groups.flatMap((group) =>
            group.levels.flatMap((level) =>
              level.fields.flatMap((field) =>
                field.items.map((item) => (
                  <li key={item.id} data-testid="revision-item">
                    {t.decisionEditor.items.actions[item.action]}: {t.decisionEditor.items.name(item)}
                  </li>
                )),
              ),
            ),
          )}
        </ul>
      )}
      <p className="muted">{t.decisionEditor.items.total(content.items.length)}</p>
    </div>
  );
}
