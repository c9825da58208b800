import type { FieldDiff, WordDiffPart } from '@niemyet/core';

export interface DiffLabels {
  field(name: string): string;
  expected: string;
  shown: string;
  replaced: string;
  added: string;
  removed: string;
  /** Said of a field whose text arrived damaged (kind `damaged`): it was not compared. */
  damaged: string;
}

/**
 * One differing field: a word-level diff (catalogue → portal) with removed words in `<del>`
 * and added words in `<ins>`; when the word diff timed out (`parts` null) the two values are
 * shown whole, marked "replaced". List fields show the items only one side has. A field whose
 * text arrived damaged (U+FFFD, mojibake) is said to be damaged, both values shown as they
 * came: a word diff of broken text would read as a rename. All text goes through React (text
 * nodes), never as markup.
 */
export function DiffView({ diff, labels }: { diff: FieldDiff; labels: DiffLabels }) {
  return (
    <section data-testid="field-diff" data-field={diff.field} className="diff">
      <h4>{labels.field(diff.field)}</h4>
      {diff.kind === 'list' ? (
        <ListDiff diff={diff} labels={labels} />
      ) : diff.kind === 'damaged' ? (
        <DamagedDiff diff={diff} labels={labels} />
      ) : (
        <TextDiff diff={diff} labels={labels} />
      )}
    </section>
  );
}

function TextDiff({ diff, labels }: { diff: FieldDiff; labels: DiffLabels }) {
  if (diff.parts === null) {
    return (
      <p data-testid="diff-replaced">
        <em>{labels.replaced}: </em>
        <del>{diff.expected ?? ''}</del> <ins>{diff.actual ?? ''}</ins>
      </p>
    );
  }
  return (
    <p className="words" data-testid="diff-words">
      <WordDiffParts parts={diff.parts} removedTitle={labels.expected} addedTitle={labels.shown} />
    </p>
  );
}

/**
 * A word diff as text: removed words in `<del>`, added ones in `<ins>`, the rest as they are.
 * The extension's findings and the console's changes to a procedure both show it this way.
 */
export function WordDiffParts({
  parts,
  removedTitle,
  addedTitle,
}: {
  parts: readonly WordDiffPart[];
  removedTitle?: string;
  addedTitle?: string;
}) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'removed' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sequence.
          <del key={i} title={removedTitle}>
            {part.text}
          </del>
        ) : part.kind === 'added' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sequence.
          <ins key={i} title={addedTitle}>
            {part.text}
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sequence.
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

function DamagedDiff({ diff, labels }: { diff: FieldDiff; labels: DiffLabels }) {
  return (
    <div data-testid="diff-damaged" className="damaged">
      <p>
        <strong>{labels.damaged}</strong>
      </p>
      <p>
        {labels.expected}: {diff.expected ?? '—'}
      </p>
      <p>
        {labels.shown}: {diff.actual ?? '—'}
      </p>
    </div>
  );
}

function ListDiff({ diff, labels }: { diff: FieldDiff; labels: DiffLabels }) {
  return (
    <div>
      {diff.removed.length > 0 && (
        <p>
          {labels.removed}:{' '}
          {diff.removed.map((item) => (
            <del key={item} style={{ marginRight: 6 }}>
              {item}
            </del>
          ))}
        </p>
      )}
      {diff.added.length > 0 && (
        <p>
          {labels.added}:{' '}
          {diff.added.map((item) => (
            <ins key={item} style={{ marginRight: 6 }}>
              {item}
            </ins>
          ))}
        </p>
      )}
      <details>
        <summary>
          {labels.expected} / {labels.shown}
        </summary>
        <p>
          {labels.expected}: {diff.expected ?? '—'}
        </p>
        <p>
          {labels.shown}: {diff.actual ?? '—'}
        </p>
      </details>
    </div>
  );
}
