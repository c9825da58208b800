import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appendChangeLog,
  type CatalogueSnapshot,
  changeLogAnchor,
  changeLogEntriesForDecision,
  formatChangeLogHead,
  parseCatalogueSnapshot,
  type WorkspaceBundle,
  WorkspaceBundleSchema,
} from '@niemyet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli';

// History that cannot be quietly rewritten: `niemyet verify` against a head recorded earlier
// (printed by verify, kept in every snapshot), and decisions against what the log recorded.

const V1_DIR = join(ROOT, 'tests', 'fixtures', 'workspace-v1');
const CSV = join(V1_DIR, 'hoa-binh-2019-two-decisions.csv');

let dir: string;
let bundlePath: string;
let bundle: WorkspaceBundle;
let snapshotPath: string;
let snapshot: CatalogueSnapshot;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'niemyet-verify-'));
  bundlePath = join(dir, 'bundle.json');
  expect(runCli(['import-decisions', CSV, '--out', bundlePath]).status).toBe(0);
  bundle = WorkspaceBundleSchema.parse(JSON.parse(readFileSync(bundlePath, 'utf8')));
  snapshotPath = join(dir, 'catalogue.json');
  expect(runCli(['snapshot', bundlePath, '--at', '31/12/2019', '--out', snapshotPath]).status).toBe(0);
  snapshot = parseCatalogueSnapshot(readFileSync(snapshotPath, 'utf8'));
  // Two runs of the CLI: slow on a busy machine.
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('niemyet verify: the head', () => {
  it('prints the head, which the snapshot of the same workspace records', () => {
    const head = changeLogAnchor(bundle.changeLog);
    expect(bundle.version).toBe(2);
    expect(snapshot.changeLog).toEqual(head);
    const run = runCli(['verify', bundlePath]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Đầu sổ (head): 34:${head.headHash}`);
    expect(run.stdout).toContain('decisions match the log: 2 issued decisions, 17 items');
  });

  it('accepts a log that reaches the expected head, given as COUNT:HASH, as HASH or by a snapshot', () => {
    const head = changeLogAnchor(bundle.changeLog);
    const run = runCli([
      'verify',
      bundlePath,
      '--expect-head',
      formatChangeLogHead(head),
      '--expect-head',
      bundle.changeLog[9]!.hash.toUpperCase(),
      '--snapshot',
      snapshotPath,
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/the log reaches the recorded head/g)).toHaveLength(3);
  });

  it('catches a truncated log only with the head: the last decision cut off with its entries', () => {
    const last = bundle.decisions.at(-1)!;
    const truncated = write('truncated.json', {
      ...bundle,
      decisions: bundle.decisions.slice(0, -1),
      changeLog: bundle.changeLog.filter((e) => e.decisionId !== last.id),
    });
    expect(runCli(['verify', truncated]).status).toBe(0);
    const head = formatChangeLogHead(changeLogAnchor(bundle.changeLog));
    const run = runCli(['verify', truncated, '--expect-head', head]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Sổ thay đổi không còn đi qua đầu sổ ${head}`);
    expect(run.stderr).toMatch(
      /sổ chỉ có \d+ mục nhưng đầu sổ đã ghi nhận có 34 mục: các mục cuối đã bị cắt bỏ/,
    );
    expect(run.stderr).toMatch(
      /the log has \d+ entries but the recorded head has 34: entries were cut off the end/,
    );
    const byHash = runCli([
      'verify',
      truncated,
      '--expect-head',
      head.split(':')[1]!,
      '--snapshot',
      snapshotPath,
    ]);
    expect(byHash.status).toBe(1);
    expect(byHash.stderr).toContain('the log was cut short or rewritten');
    expect(byHash.stderr).toContain(`(danh mục / snapshot «${snapshotPath}»)`);
  });

  it('catches an edited decision whose log was recomputed to match, only with the head', () => {
    const edited = structuredClone(bundle.decisions);
    edited[1]!.items[2]!.changes.fees = '999 đồng';
    const recomputed = appendChangeLog(
      [],
      edited.flatMap((d) => changeLogEntriesForDecision(d, 'mallory', '2026-12-01T00:00:00.000Z')),
    );
    const rewritten = write('rewritten.json', { ...bundle, decisions: edited, changeLog: recomputed });
    expect(runCli(['verify', rewritten]).status).toBe(0);
    const run = runCli(['verify', rewritten, '--snapshot', snapshotPath]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('mục thứ 34 không mang mã băm của đầu sổ đã ghi nhận');
    expect(run.stderr).toContain('entry 34 does not have the recorded head hash');
  });

  it('refuses a malformed head (usage) and a snapshot that records no head', () => {
    const bad = runCli(['verify', bundlePath, '--expect-head', '34:abc']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('đầu sổ không hợp lệ «34:abc»');
    const v1 = runCli(['verify', bundlePath, '--snapshot', join(V1_DIR, 'catalogue-v1.json')]);
    expect(v1.status).toBe(1);
    expect(v1.stderr).toContain('records no change-log head');
  });
});

describe('niemyet verify: decisions against the log, without any head', () => {
  it('names the decision and the item of an edited decision item', () => {
    const edited = structuredClone(bundle);
    const decision = edited.decisions[1]!;
    const item = decision.items[2]!;
    item.changes.fees = '999 đồng';
    const path = write('edited-item.json', edited);
    const run = runCli(['verify', path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const procedure = item.code ?? item.procedureId;
    expect(run.stderr).toContain(
      `Quyết định ${decision.number}, thủ tục ${procedure} (mục ${item.id}), mục sổ số ${
        bundle.changeLog.find((e) => e.itemId === item.id)!.seq
      }: nội dung thủ tục không khớp mã băm đã ghi sổ (đã bị sửa sau khi ban hành)`,
    );
    expect(run.stderr).toContain(`(Decision ${decision.number}, procedure ${procedure} (item ${item.id})`);
    // No catalogue is published from it either.
    const refused = runCli(['snapshot', path, '--at', '31/12/2019', '--out', join(dir, 'never.json')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('no snapshot from a history that does not verify');
  });
});

describe('a version-1 bundle (written before content hashes)', () => {
  const v1Path = join(V1_DIR, 'bundle-v1.json');

  it('still verifies, saying its entries do not cover decision content', () => {
    const run = runCli(['verify', v1Path]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('change log intact: 34 entries');
    expect(run.stderr).toContain(
      '34 change-log entries of the older format (version 1) carry no content hashes: 2 decisions are checked only by number, action, code, name and date.',
    );
  });

  it('still gives a snapshot, which records its head', () => {
    const out = join(dir, 'from-v1.json');
    const run = runCli(['snapshot', v1Path, '--at', '31/12/2019', '--out', out]);
    expect(run.status).toBe(0);
    const fromV1 = parseCatalogueSnapshot(readFileSync(out, 'utf8'));
    const v1 = WorkspaceBundleSchema.parse(JSON.parse(readFileSync(v1Path, 'utf8')));
    expect(fromV1.changeLog).toEqual(changeLogAnchor(v1.changeLog));
    expect(runCli(['verify', v1Path, '--snapshot', out]).status).toBe(0);
  });
});
