import {
  catalogueAt,
  foldCatalogue,
  procedureHistory,
  verifyChangeLog,
  verifyDecisionsAgainstChain,
  WorkspaceBundleSchema,
} from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, countByState } from './demo-workspace';

const TODAY = '2026-12-07';
const demo = buildDemoWorkspace(TODAY);

describe('the demo workspace', () => {
  it('is the same on every run of the same day, and moves with the day', () => {
    const again = buildDemoWorkspace(TODAY);
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
    const later = buildDemoWorkspace('2027-03-01');
    expect(later.decisions.at(-1)!.transitions[0]!.at > demo.decisions.at(-1)!.transitions[0]!.at).toBe(true);
  });

  it('holds every procedure of the portal listings (2,395 distinct codes among the 3,000 rows)', () => {
    const history = foldCatalogue(demo.baseline, demo.decisions);
    const proposed = demo.decisions
      .filter((d) => d.state !== 'issued')
      .flatMap((d) => d.items.filter((i) => i.action === 'new'));
    // Every procedure is in the catalogue but those a decision still under way proposes.
    expect(proposed.length).toBeGreaterThan(0);
    expect(history.procedures.size + proposed.length).toBe(2395);
    expect(history.anomalies).toEqual([]);
    expect(history.skipped).toEqual([]);
    const now = catalogueAt(history, TODAY);
    const abolished = demo.decisions
      .filter((d) => d.state === 'issued' && d.effectiveOn! <= TODAY)
      .flatMap((d) => d.items.filter((i) => i.action === 'abolished'));
    expect(abolished.length).toBeGreaterThan(5);
    expect(now.abolished.length).toBe(abolished.length);
    expect(now.active.size).toBeGreaterThan(2300);
    // No procedure is left at the district level abolished on 01/7/2025.
    expect([...now.active.values()].filter((v) => v.levels.includes('district'))).toEqual([]);
  });

  it('has a year of issued decisions ending on today, some taking effect in the coming weeks', () => {
    const issued = demo.decisions.filter((d) => d.state === 'issued');
    expect(issued.length).toBe(40);
    const signed = issued.map((d) => d.signedOn!).sort();
    expect(signed[0]! >= '2025-12-07').toBe(true);
    expect(signed.at(-1)! < TODAY).toBe(true);
    const upcoming = issued.filter((d) => d.effectiveOn! > TODAY);
    expect(upcoming.length).toBe(3);
    expect(upcoming.every((d) => d.effectiveOn! <= '2027-01-31')).toBe(true);
    const now = catalogueAt(foldCatalogue(demo.baseline, demo.decisions), TODAY);
    expect(now.upcoming.length).toBeGreaterThan(0);
    const actions = new Set(issued.flatMap((d) => d.items.map((i) => i.action)));
    expect(actions).toEqual(new Set(['new', 'amended', 'abolished']));
    expect(new Set(issued.map((d) => d.number)).size).toBe(40);
  });

  it('amends with real changes of the fields people look for', () => {
    const changed = new Set(
      demo.decisions.flatMap((d) =>
        d.items.flatMap((i) => (i.action === 'amended' ? Object.keys(i.changes) : [])),
      ),
    );
    for (const field of ['processingTime', 'fees', 'legalBasis', 'dossier', 'methods', 'levels'])
      expect(changed, field).toContain(field);
  });

  it('has one procedure with many versions', () => {
    const history = foldCatalogue(demo.baseline, demo.decisions);
    const most = Math.max(
      ...[...history.procedures.keys()].map((id) => procedureHistory(history, id).length),
    );
    expect(most).toBeGreaterThanOrEqual(5);
    expect(procedureHistory(history, '1.004194').length).toBeGreaterThanOrEqual(7);
  });

  it('has decisions in every state, with the review details each state shows', () => {
    const counts = countByState(demo.decisions);
    for (const state of [
      'draft',
      'in_review',
      'changes_requested',
      'approved',
      'issued',
      'withdrawn',
    ] as const)
      expect(counts[state], state).toBeGreaterThan(0);
    const inReview = demo.decisions.filter((d) => d.state === 'in_review');
    expect(inReview.some((d) => d.reviewers.length === 0)).toBe(true);
    expect(inReview.some((d) => d.reviewers.length > 0)).toBe(true);
    const sentBack = demo.decisions.find((d) => d.state === 'changes_requested')!;
    expect(sentBack.transitions.at(-1)!.comment).toBeTruthy();
    const withdrawn = demo.decisions.find((d) => d.state === 'withdrawn')!;
    expect(withdrawn.transitions.at(-1)!.comment).toBeTruthy();
    const approved = demo.decisions.find((d) => d.state === 'approved')!;
    expect(approved.approvals).toHaveLength(1);
    const people = new Set(demo.decisions.flatMap((d) => d.transitions.map((t) => t.actor)));
    expect([...people].every((name) => name.startsWith('demo.'))).toBe(true);
  });

  it('has a change log that verifies and covers every issued decision', () => {
    expect(verifyChangeLog(demo.changeLog).ok).toBe(true);
    const issuedItems = demo.decisions.filter((d) => d.state === 'issued').flatMap((d) => d.items);
    expect(demo.changeLog.filter((e) => e.kind === 'published')).toHaveLength(issuedItems.length);
    const check = verifyDecisionsAgainstChain(demo.decisions, demo.changeLog);
    expect(check.ok).toBe(true);
  });

  it('is a valid workspace bundle', () => {
    const parsed = WorkspaceBundleSchema.safeParse({
      format: 'niemyet.workspace',
      version: 2,
      exportedAt: '2026-12-07T00:00:00.000Z',
      ...demo,
    });
    expect(parsed.success).toBe(true);
  });
});
