import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_MIGRATION, MIGRATIONS, migrate } from './migrator';
import { testDatabases } from './test-databases';

describe.each(testDatabases())('migrations on $kind', (database) => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  it('are numbered, one file each, in order', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names).toEqual([...names].sort());
    expect(names.map((name) => name.slice(0, 4))).toEqual(
      names.map((_, i) => String(i + 1).padStart(4, '0')),
    );
    expect(LATEST_MIGRATION).toBe(names.at(-1));
  });

  it('0002 upgrades decisions stored by 0001: item counts are filled from the documents', async () => {
    const opened = await database.open();
    close = opened.close;
    const { db } = opened;
    await migrate(db, '0001_initial');
    const now = new Date().toISOString();
    for (const [id, items] of [
      ['qd-1', [{ id: 'a' }, { id: 'b' }, { id: 'c' }]],
      ['qd-2', []],
    ] as const)
      await sql`insert into decisions (id, state, author, revision, number, title, signed_on, effective_on, revision_hash, document, created_at, updated_at)
                values (${id}, 'issued', 'import', 0, ${id}, '', null, '2020-01-01', 'h', ${JSON.stringify({ id, items })}::jsonb, ${now}, ${now})`.execute(
        db,
      );
    await migrate(db);
    const rows = await db.selectFrom('decisions').select(['id', 'item_count']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'qd-1', item_count: 3 },
      { id: 'qd-2', item_count: 0 },
    ]);
    // Running again changes nothing (every instance runs migrations at start).
    await migrate(db);
  });

  it('0004 moves the legal records kept whole into their tables, leaves the settings, and goes back down', async () => {
    const opened = await database.open();
    close = opened.close;
    const { db } = opened;
    await migrate(db, '0003_decision_review');
    const documents = [
      { id: 'vb:43/2014/NĐ-CP', number: '43/2014/NĐ-CP', title: 'Nghị định về đất đai' },
      {
        id: 'vb:01/2017/NĐ-CP',
        number: '01/2017/NĐ-CP',
        relations: [{ kind: 'amends', target: '43/2014/NĐ-CP' }],
      },
    ];
    const campaigns = [{ id: 'rs-2019', title: 'Rà soát VBQPPL năm 2019', createdOn: '2019-03-01' }];
    const tasks = [
      {
        id: 'rs-2019:43/2014/NĐ-CP',
        campaignId: 'rs-2019',
        documentNumber: '43/2014/NĐ-CP',
        outcome: 'amend',
      },
      {
        id: 'event:x:1.000001',
        documentNumber: '43/2014/NĐ-CP',
        kind: 'event',
        state: 'in_progress',
        assignee: 'minh',
        decisionId: 'd-1',
        dueOn: '2025-03-03',
      },
    ];
    const settings = { calendarAdjustments: [], deadlineRules: [] };
    for (const [kind, document] of [
      ['legalDocuments', documents],
      ['reviewCampaigns', campaigns],
      ['reviewTasks', tasks],
      ['settings', settings],
    ] as const)
      await sql`insert into workspace_documents (kind, document) values (${kind}, ${JSON.stringify(document)}::jsonb)`.execute(
        db,
      );
    await migrate(db);
    expect(
      await db.selectFrom('legal_documents').select(['id', 'number']).orderBy('number').execute(),
    ).toEqual([
      { id: 'vb:01/2017/NĐ-CP', number: '01/2017/NĐ-CP' },
      { id: 'vb:43/2014/NĐ-CP', number: '43/2014/NĐ-CP' },
    ]);
    expect(await db.selectFrom('review_campaigns').select('id').execute()).toEqual([{ id: 'rs-2019' }]);
    expect(
      await db
        .selectFrom('review_tasks')
        .select([
          'id',
          'campaign_id',
          'kind',
          'state',
          'assignee',
          'due_on',
          'decision_id',
          'document_number',
        ])
        .orderBy('id')
        .execute(),
    ).toEqual([
      {
        id: 'event:x:1.000001',
        campaign_id: null,
        kind: 'event',
        state: 'in_progress',
        assignee: 'minh',
        due_on: '2025-03-03',
        decision_id: 'd-1',
        document_number: '43/2014/NĐ-CP',
      },
      {
        id: 'rs-2019:43/2014/NĐ-CP',
        campaign_id: 'rs-2019',
        kind: 'campaign',
        state: 'open',
        assignee: null,
        due_on: null,
        decision_id: null,
        document_number: '43/2014/NĐ-CP',
      },
    ]);
    expect(await db.selectFrom('workspace_documents').select('kind').execute()).toEqual([
      { kind: 'settings' },
    ]);
    // Down again: the records go back into whole rows, nothing lost.
    await migrate(db, '0003_decision_review');
    const rows = await sql<{ kind: string; n: number }>`
      select kind, jsonb_array_length(document) as n from workspace_documents where kind <> 'settings' order by kind`.execute(
      db,
    );
    expect(rows.rows).toEqual([
      { kind: 'legalDocuments', n: 2 },
      { kind: 'reviewCampaigns', n: 1 },
      { kind: 'reviewTasks', n: 2 },
    ]);
  });

  it('0006 records when each stored finding opened, and closed when fixed or dismissed', async () => {
    const opened = await database.open();
    close = opened.close;
    const { db } = opened;
    await migrate(db, '0005_portal_watches');
    for (const [id, state, first, changed] of [
      ['f-open', 'open', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
      ['f-reported', 'reported', '2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z'],
      ['f-fixed', 'fixed', '2026-11-04T00:00:00.000Z', '2026-11-05T00:00:00.000Z'],
    ] as const)
      await sql`insert into findings (id, key, portal, code, name, kind, state, first_seen_at, last_seen_at, state_changed_at)
                values (${id}, ${id}, 'https://dvc.example', null, 'Thủ tục', 'changed', ${state}, ${first}, ${first}, ${changed})`.execute(
        db,
      );
    await migrate(db);
    const rows = await sql<{ finding_id: string; at: Date; delta: number }>`
      select finding_id, at, delta from finding_openings order by at`.execute(db);
    expect(rows.rows.map((r) => [r.finding_id, new Date(r.at).toISOString(), r.delta])).toEqual([
      ['f-open', '2026-11-01T00:00:00.000Z', 1],
      ['f-reported', '2026-11-02T00:00:00.000Z', 1],
      ['f-fixed', '2026-11-04T00:00:00.000Z', 1],
      ['f-fixed', '2026-11-05T00:00:00.000Z', -1],
    ]);
    await migrate(db, '0005_portal_watches');
    expect((await db.introspection.getTables()).map((t) => t.name)).not.toContain('finding_openings');
  });

  it('0007 adds offices, posted lists and records, and goes back down', async () => {
    const opened = await database.open();
    close = opened.close;
    const { db } = opened;
    await migrate(db);
    const now = new Date().toISOString();
    await db
      .insertInto('offices')
      .values({
        id: 'o1',
        name: 'Một cửa',
        area: null,
        address: null,
        scope: '{"agencies":["UBND cấp xã"]}',
        created_by: 'lan',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('office_postings')
      .values({
        office_id: 'o1',
        procedure_id: '1.004227',
        fields: '{}',
        posted_on: '2026-01-05',
        posted_by: 'lan',
        posted_at: now,
      })
      .execute();
    // One row per office and procedure: posting again is an update, never a second row.
    await expect(
      db
        .insertInto('office_postings')
        .values({
          office_id: 'o1',
          procedure_id: '1.004227',
          fields: '{}',
          posted_on: '2026-01-06',
          posted_by: 'lan',
          posted_at: now,
        })
        .execute(),
    ).rejects.toThrow();
    await db
      .insertInto('posting_records')
      .values({
        id: 'r1',
        office_id: 'o1',
        procedure_id: '1.004227',
        code: '1.004227',
        name: 'Đăng ký khai sinh',
        action: 'add',
        decision_number: null,
        done_by: 'lan',
        done_at: now,
        posted_on: '2026-01-05',
      })
      .execute();
    // Removing an office removes what it posted and its records.
    await db.deleteFrom('offices').where('id', '=', 'o1').execute();
    expect(await db.selectFrom('office_postings').select('office_id').execute()).toEqual([]);
    expect(await db.selectFrom('posting_records').select('id').execute()).toEqual([]);

    await migrate(db, '0006_findings_inbox');
    const names = (await db.introspection.getTables()).map((t) => t.name);
    for (const table of ['offices', 'office_postings', 'posting_records']) expect(names).not.toContain(table);
    await migrate(db);
    const again = (await db.introspection.getTables()).map((t) => t.name);
    for (const table of ['offices', 'office_postings', 'posting_records']) expect(again).toContain(table);
  });

  it('0008 adds the read memo triggers on the tables behind sessions, the catalogue key and the workspace documents, and goes back down', async () => {
    const opened = await database.open();
    close = opened.close;
    const { db } = opened;
    const triggers = async () =>
      (
        await sql<{ name: string; table: string }>`
          select t.tgname as name, c.relname as table from pg_trigger t join pg_class c on c.oid = t.tgrelid
          where not t.tgisinternal and c.relnamespace = current_schema()::regnamespace order by 1`.execute(db)
      ).rows;
    await migrate(db);
    expect(await triggers()).toEqual([
      { name: 'change_log_memo', table: 'change_log' },
      { name: 'legal_documents_memo', table: 'legal_documents' },
      { name: 'sessions_memo', table: 'sessions' },
      { name: 'users_memo', table: 'users' },
      { name: 'workspace_documents_memo', table: 'workspace_documents' },
      { name: 'workspace_state_memo', table: 'workspace_state' },
    ]);
    // They fire without anyone listening (PGlite, a lone instance): a write goes through.
    await sql`update workspace_state set generation = generation + 1 where id = 1`.execute(db);
    await migrate(db, '0007_posting');
    expect(await triggers()).toEqual([]);
  });

  it('go down and up again', async () => {
    const opened = await database.open();
    close = opened.close;
    await migrate(opened.db);
    await migrate(opened.db, '0001_initial');
    await migrate(opened.db);
    const tables = await opened.db.introspection.getTables();
    expect(tables.map((t) => t.name).sort()).toContain('decisions');
  });
});
