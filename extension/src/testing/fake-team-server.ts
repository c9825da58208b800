import { type ApiErrorCode, type CatalogueSnapshot, FindingReportSchema } from '@niemyet/core';

/**
 * Test support: the team server as the extension sees it, following the contract of
 * packages/core/src/api/watches.ts — personal access tokens sent as `Authorization: Bearer`,
 * a revoked one answered 401 `token-revoked`, anything beyond the catalogue and
 * `POST /api/findings` answered 403; findings keyed by portal, procedure and kind (the same
 * problem twice is one finding with two sightings); a `clientId` seen before answered as it
 * was, so a resend adds nothing. `down` makes every request fail as an unreachable host does;
 * `failures` answers that many requests 503 first.
 */

export interface InboxFinding {
  id: string;
  key: string;
  sightings: number;
  reportedBy: string[];
  evidence: unknown[];
}

export class FakeTeamServer {
  readonly origin = 'https://niemyet.tuphap.example.gov.vn';
  down = false;
  failures = 0;
  /** Every request that reached the server: path, method, headers, body. */
  readonly requests: { method: string; path: string; headers: Headers; body: unknown }[] = [];
  readonly inbox = new Map<string, InboxFinding>();
  private readonly tokens = new Map<string, { owner: string; revoked: boolean }>();
  private readonly answered = new Map<string, { id: string; created: boolean }>();

  constructor(private readonly snapshot: CatalogueSnapshot) {}

  /** A token as `POST /api/tokens` would hand it out, once. */
  issueToken(owner: string): string {
    const token = `nyt_${owner}_${this.tokens.size + 1}_${'x'.repeat(24)}`;
    this.tokens.set(token, { owner, revoked: false });
    return token;
  }

  revoke(token: string): void {
    const entry = this.tokens.get(token);
    if (entry) entry.revoked = true;
  }

  /** A finding found by a watch before any officer reported it. */
  seed(key: string): void {
    this.inbox.set(key, {
      id: `f${this.inbox.size + 1}`,
      key,
      sightings: 1,
      reportedBy: ['watch'],
      evidence: [],
    });
  }

  findingPosts(): { url: string; findings: { clientId: string }[] }[] {
    return this.requests
      .filter((r) => r.method === 'POST' && r.path === '/api/findings')
      .map((r) => r.body as { url: string; findings: { clientId: string }[] });
  }

  readonly fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input));
    if (this.down || url.origin !== this.origin) throw new TypeError('Failed to fetch');
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : null;
    this.requests.push({ method, path: url.pathname, headers, body });
    if (this.failures > 0) {
      this.failures--;
      return new Response('Service Unavailable', { status: 503 });
    }
    const bearer = /^Bearer (.+)$/.exec(headers.get('Authorization') ?? '')?.[1];
    const token = bearer ? this.tokens.get(bearer) : undefined;
    if (!token) return refusal(401, 'unauthenticated');
    if (token.revoked) return refusal(401, 'token-revoked');
    if (method === 'GET' && url.pathname === '/api/catalogue/published') {
      const etag = `"${this.snapshot.hash}"`;
      if (headers.get('If-None-Match') === etag) return new Response(null, { status: 304 });
      return new Response(JSON.stringify(this.snapshot), { headers: { ETag: etag } });
    }
    if (method === 'POST' && url.pathname === '/api/findings') return this.report(body, token.owner);
    return refusal(403, 'forbidden', { permission: 'findings.report' });
  }) as typeof fetch;

  private report(body: unknown, owner: string): Response {
    const parsed = FindingReportSchema.safeParse(body);
    if (!parsed.success)
      return refusal(400, 'bad-request', { field: 'findings', issue: parsed.error.message });
    const portal = new URL(parsed.data.url).origin;
    const findings = parsed.data.findings.map((item) => {
      const before = this.answered.get(item.clientId);
      if (before) return before;
      const key = `${portal}|${item.code ?? item.name}|${item.kind}`;
      const existing = this.inbox.get(key);
      let answer: { id: string; created: boolean };
      if (existing) {
        existing.sightings++;
        existing.reportedBy.push(owner);
        existing.evidence.push(item.evidence);
        answer = { id: existing.id, created: false };
      } else {
        const id = `f${this.inbox.size + 1}`;
        this.inbox.set(key, { id, key, sightings: 1, reportedBy: [owner], evidence: [item.evidence] });
        answer = { id, created: true };
      }
      this.answered.set(item.clientId, answer);
      return answer;
    });
    return Response.json({ findings });
  }
}

function refusal(status: number, code: ApiErrorCode, params: Record<string, unknown> = {}): Response {
  return Response.json({ code, params, message: code }, { status });
}
