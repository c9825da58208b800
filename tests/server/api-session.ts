/**
 * One signed-in user of a test server, as a browser would be: the session cookie kept and
 * sent back, JSON in and out. Used by the multi-process suites and the load run.
 */
export class ApiSession {
  private cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, contentType = 'application/json') {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    let payload: string | undefined;
    if (body !== undefined) {
      headers['content-type'] = contentType;
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(new URL(path, this.baseUrl), { method, headers, body: payload });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    // biome-ignore lint/suspicious/noExplicitAny: answers are read field by field in the suites, checked by their expectations.
    return { status: response.status, headers: response.headers, json: json as any };
  }

  async signIn(username: string, password: string): Promise<void> {
    const { status, json } = await this.request('POST', '/api/session', { username, password });
    if (status !== 204) throw new Error(`sign-in of ${username} failed: ${status} ${JSON.stringify(json)}`);
  }

  /** First run: the setup link's token makes `username` the first admin, signed in. */
  async setUp(token: string, username: string, password: string): Promise<void> {
    const { status, json } = await this.request('POST', '/api/setup', { token, username, password });
    if (status !== 204) throw new Error(`setup failed: ${status} ${JSON.stringify(json)}`);
  }

  async addUser(username: string, password: string, roles: string[]): Promise<void> {
    const { status, json } = await this.request('POST', '/api/users', { username, password, roles });
    if (status !== 201 && status !== 200)
      throw new Error(`adding ${username} failed: ${status} ${JSON.stringify(json)}`);
  }
}

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-1';
