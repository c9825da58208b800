import type { Finding } from '@niemyet/core';
import { SpacerRow, useVirtualRows } from '@niemyet/ui';
import { Link } from '@tanstack/react-router';
import { useRef } from 'react';
import { formatCount, formatDayTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { portalName } from './portal-name';

/**
 * The inbox as a table with virtual rows (`useVirtualRows`): only the rows in view are in the
 * DOM, so fifty thousand findings scroll as smoothly as fifty. Rows have a fixed height (long
 * names clipped, their full text in a tooltip). A code links to the procedure's page unless
 * the finding says the procedure is not in the catalogue.
 */

const ROW_HEIGHT = 36;
const OVERSCAN = 12;
const COLUMNS = 10;

export function FindingTable({ rows, onOpen }: { rows: readonly Finding[]; onOpen(finding: Finding): void }) {
  const { t } = useI18n();
  const m = t.portals;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { shown, offset, padTop, padBottom } = useVirtualRows({
    rows,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    overscan: OVERSCAN,
    // Before the first layout (and in DOMs without layout) render one screenful, not nothing.
    initialRect: { width: 1200, height: 720 },
  });
  return (
    <div ref={scrollRef} className="table-scroll" data-testid="finding-scroll">
      {/* Only some rows are in the page: the row count and indices tell assistive technology where they are. */}
      <table className="finding-table" data-testid="finding-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{m.tableCaption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{m.columns.portal}</th>
            <th scope="col">{m.columns.code}</th>
            <th scope="col">{m.columns.name}</th>
            <th scope="col">{m.columns.kind}</th>
            <th scope="col">{m.columns.state}</th>
            <th scope="col">{m.columns.sightings}</th>
            <th scope="col">{m.columns.firstSeen}</th>
            <th scope="col">{m.columns.lastSeen}</th>
            <th scope="col">{m.columns.assignee}</th>
            <th scope="col">{m.columns.open}</th>
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={padTop} columns={COLUMNS} />
          {shown.map((finding, index) => (
            <tr
              key={finding.id}
              data-testid="finding-row"
              data-id={finding.id}
              aria-rowindex={offset + index + 2}
              style={{ height: ROW_HEIGHT }}
            >
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
            </tr>
          ))}
          <SpacerRow height={padBottom} columns={COLUMNS} />
        </tbody>
      </table>
    </div>
  );
}

/** The code, a link to the procedure when the catalogue has it. */
export function FindingCode({ finding }: { finding: Finding }) {
  const { t } = useI18n();
  if (finding.code === null) return <span className="muted">{t.portals.noCode}</span>;
  if (finding.kind === 'not-in-catalogue') return <code>{finding.code}</code>;
  return (
    <Link to="/procedures/$code" params={{ code: finding.code }} data-testid="finding-code-link">
      <code>{finding.code}</code>
    </Link>
  );
}
