import { Client, type ServerProcess } from '@niemyet/server/testing';

/** The people of a test workspace, and how they get there: first-run setup, then the admin adds them. */

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-1';
export const USERS = { admin: 'quantri', drafter: 'soanthao', reviewer: 'thamdinh' } as const;

function expectStatus(what: string, reply: { status: number; body: unknown }, status: number): void {
  if (reply.status !== status) throw new Error(`${what}: HTTP ${reply.status} ${JSON.stringify(reply.body)}`);
}

/** First run: the setup token makes the admin; the admin adds a drafter and a reviewer. Returns the admin. */
export async function setUpUsers(server: ServerProcess): Promise<Client> {
  if (!server.setupToken) throw new Error(`no setup link printed:\n${server.output()}`);
  const admin = new Client(server.url);
  expectStatus(
    'setup',
    await admin.post('/api/setup', {
      token: server.setupToken,
      username: USERS.admin,
      password: TEST_PASSWORD,
    }),
    204,
  );
  for (const [username, role] of [
    [USERS.drafter, 'drafter'],
    [USERS.reviewer, 'reviewer'],
  ] as const)
    expectStatus(
      `adding ${username}`,
      await admin.post('/api/users', { username, password: TEST_PASSWORD, roles: [role] }),
      201,
    );
  return admin;
}

/** A new client of `url` signed in as `username`. */
export async function signedIn(url: string, username: string): Promise<Client> {
  const client = new Client(url);
  await client.mustSignIn(username, TEST_PASSWORD);
  return client;
}
