import {
  type Decision,
  type DecisionDetailResponse,
  decisionRevisionHash,
  type TransitionBody,
} from '@niemyet/core';
import { makeItem, makeVersion } from '@niemyet/core/testing';
import { useState } from 'react';
import { FakeServer } from '../../testing/fake-server';
import { PASSWORD } from '../../testing/render-console';
import { ApprovalStatus } from './ApprovalStatus';
import { DecisionActions } from './DecisionActions';
import { ReviewScreen } from './ReviewScreen';
import { Timeline } from './Timeline';
import { useComments } from './use-comments';

/**
 * The office of the review tests: lan drafts (and may also review others' work), hung and mai
 * are legal reviewers, quantri administers. One draft decision amending a procedure in force
 * and publishing a new one. The server's clock moves a minute per reading, so the timeline has
 * an order to show.
 */

export const DECISION_ID = 'qd-review';
export const AMENDED_ITEM = 'item-amended';
export const NEW_ITEM = 'item-new';

export function reviewWorkspace(): FakeServer {
  let minute = 0;
  const server = new FakeServer({
    accounts: {
      lan: { password: PASSWORD, roles: ['drafter', 'supervisor', 'reviewer'] },
      hung: { password: PASSWORD, roles: ['reviewer'] },
      mai: { password: PASSWORD, roles: ['reviewer'] },
      quantri: { password: PASSWORD, roles: ['admin'] },
    },
    signedInAs: 'lan',
    now: () => new Date(Date.UTC(2026, 11, 6, 2, minute++)),
  });
  server.baseline.push(
    makeVersion({ code: '1.000001', name: 'Đăng ký khai sinh', processingTime: '05 ngày làm việc' }),
    makeVersion({ code: '1.000002', name: 'Đăng ký kết hôn' }),
  );
  const content = {
    number: '',
    title: 'Công bố thủ tục hành chính lĩnh vực hộ tịch',
    issuer: 'UBND tỉnh Hòa Bình',
    signer: 'Chủ tịch',
    signedOn: null,
    effectiveOn: '2026-12-20',
    scope: { agency: null, fields: [], levels: [] },
    items: [
      makeItem({
        id: AMENDED_ITEM,
        action: 'amended',
        code: '1.000001',
        name: 'Đăng ký khai sinh',
        changes: { processingTime: '03 ngày làm việc' },
        reason: 'Rút ngắn thời hạn',
      }),
      makeItem({
        id: NEW_ITEM,
        action: 'new',
        code: '1.000099',
        name: 'Cấp bản sao trích lục',
        changes: { name: 'Cấp bản sao trích lục', fees: '8.000 đồng' },
      }),
    ],
    legalBasis: [{ number: '123/2015/NĐ-CP', title: null, issuedOn: null, issuer: null }],
    attachments: [],
  } satisfies Omit<
    Decision,
    'id' | 'state' | 'author' | 'revision' | 'revisionHash' | 'reviewers' | 'approvals' | 'transitions'
  >;
  server.decisions.set(DECISION_ID, {
    id: DECISION_ID,
    ...content,
    state: 'draft',
    author: 'lan',
    revision: 0,
    revisionHash: decisionRevisionHash(content),
    reviewers: [],
    approvals: [],
    transitions: [{ from: null, to: 'draft', actor: 'lan', at: '2026-12-06T01:00:00.000Z', comment: null }],
  });
  return server;
}

/** A transition by `username` through the fake server's route, as another browser would send it. */
export async function actAs(
  server: FakeServer,
  username: string,
  body: Omit<TransitionBody, 'revision'>,
): Promise<void> {
  const before = server.signedInAs;
  server.signedInAs = username;
  const revision = server.decisions.get(DECISION_ID)!.revision;
  const answer = await server.fetch(`/api/decisions/${DECISION_ID}/transitions`, {
    method: 'POST',
    body: JSON.stringify({ ...body, revision }),
  });
  server.signedInAs = before;
  if (!answer.ok) throw new Error(`${body.to} as ${username}: ${answer.status} ${await answer.text()}`);
}

/** The body of the last POST to `path`, parsed. */
export function lastBody(server: FakeServer, path: string): unknown {
  const posts = server.requestsTo('POST', path);
  const last = posts[posts.length - 1];
  return last ? JSON.parse(last.body) : undefined;
}

/**
 * The decision screen's part in these tests: it holds the detail the components change, as
 * DecisionScreen does, and shows the actions, approvals and timeline.
 */
export function HostedDecision({ initial }: { initial: DecisionDetailResponse }) {
  const [detail, setDetail] = useState(initial);
  const comments = useComments(detail.decision.id);
  return (
    <>
      <p data-testid="decision-state">{detail.decision.state}</p>
      <p data-testid="decision-revision">{detail.decision.revision}</p>
      <DecisionActions detail={detail} onChanged={setDetail} />
      <ApprovalStatus detail={detail} />
      <Timeline decision={detail.decision} comments={comments.comments} />
    </>
  );
}

/** The reviewer's screen as the decision screen hosts it: the detail and comments held above it. */
export function HostedReview({ initial }: { initial: DecisionDetailResponse }) {
  const [detail, setDetail] = useState(initial);
  const comments = useComments(detail.decision.id);
  return (
    <>
      <p data-testid="decision-state">{detail.decision.state}</p>
      <ReviewScreen detail={detail} comments={comments} onChanged={setDetail} />
      <Timeline decision={detail.decision} comments={comments.comments} />
    </>
  );
}
