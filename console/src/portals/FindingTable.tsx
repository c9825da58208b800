import type { Finding } from '@niemyet/core';
import { formatCount, formatDayTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { VirtualTable } from '../paging/VirtualTable';
import { PathLink } from '../reviews/PathLink';
import { portalName } from './portal-name';

/**
 * The inbox as a virtual table (`VirtualTable`): fifty thousand findings scroll as smoothly as
 * fifty. A code links to the procedure's page unless the finding says the procedure is not in
 * the catalogue.
 */

export function FindingTable({ rows, onOpen }: { rows: readonly Finding[]; onOpen(finding: Finding): void }) {
  const { t } = useI18n();
  const m = t.portals;
  return (
    <VirtualTable
      rows={rows}
      rowKey={(finding) => finding.id}
      rowData={(finding) => ({ 'data-id': finding.id })}
      caption={m.tableCaption}
      className="finding-table"
      testIds={{ scroll: 'finding-scroll', table: 'finding-table', row: 'finding-row' }}
      columns={[
        m.columns.portal,
        m.columns.code,
        m.columns.name,
        m.columns.kind,
        m.columns.state,
        m.columns.sightings,
        m.columns.firstSeen,
        m.columns.lastSeen,
        m.columns.assignee,
        m.columns.open,
      ]}
      cells={(finding) => (
        <>
          <td className="clip" title={finding.portal}>
            {portalName(finding.portal)}
          </td>
          <td>
            <FindingCode finding={finding} />
          </td>
          <td className="clip" title={finding.name}>
            {finding.name}
          </td>
          <td>
            <span className={`badge kind-${finding.kind}`}>{m.kinds[finding.kind]}</span>
          </td>
          <td>{m.states[finding.state]}</td>
          <td className="num">{formatCount(finding.sightings)}</td>
          <td>{formatDayTime(finding.firstSeenAt)}</td>
          <td>{formatDayTime(finding.lastSeenAt)}</td>
          <td>{finding.assignee ?? <span className="muted">{m.unassigned}</span>}</td>
          <td>
            <button
              type="button"
              className="link-button"
              aria-label={m.open(finding.name)}
              data-testid="finding-open"
              onClick={() => onOpen(finding)}
            >
              {m.openShort}
            </button>
          </td>
        </>
      )}
    />
  );
}

/**
 * The code, a link to the procedure when the catalogue has it. A `PathLink` (the history's
 * href, a plain click navigating in the page) rather than the router's typed `<Link>`: each of
 * those builds its location and follows the router's state, and a screenful of rows holds
 * thirty of them — a good part of the inbox's first render.
 */
export function FindingCode({ finding }: { finding: Finding }) {
  const { t } = useI18n();
  if (finding.code === null) return <span className="muted">{t.portals.noCode}</span>;
  if (finding.kind === 'not-in-catalogue') return <code>{finding.code}</code>;
  return (
    <PathLink path={procedurePath(finding.code)} testId="finding-code-link">
      <code>{finding.code}</code>
    </PathLink>
  );
}

/** The procedure's page (`/procedures/$code`), its code one encoded segment as the router's links write it. */
export function procedurePath(code: string): string {
  return `/procedures/${encodeURIComponent(code)}`;
}
