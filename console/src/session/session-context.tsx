import type { MeResponse, Permission } from '@niemyet/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-error';
import { signOut as deleteSession, me, signIn as postSession } from '../api/session';

/**
 * Who is signed in, for every screen. At start the console asks `GET /api/me`: an answer is the
 * user, a 401 means the sign-in screen. From then on any call that comes back 401
 * `unauthenticated` (the session expired, an admin disabled the account) ends the session here
 * too, and the router sends the user to sign in, remembering where they were.
 */

export type SessionState =
  | { kind: 'loading' }
  /** `expired`: a session ended under the user (rather than never started, or signed out). */
  | { kind: 'signed-out'; expired: boolean }
  /** The server could not be asked at all: the screen says so and offers to try again. */
  | { kind: 'unreachable'; error: unknown }
  | { kind: 'signed-in'; user: MeResponse };

export interface Session {
  state: SessionState;
  /** Signs in and reads who that is; throws the ApiError (wrong password, throttled) for the form. */
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Asks the server again who is signed in (after setup, or to retry an unreachable server). */
  refresh(): Promise<void>;
  /** Whether the signed-in user's roles grant `permission` (the server's answer, core's table). */
  can(permission: Permission): boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApi();
  const [state, setState] = useState<SessionState>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    try {
      setState({ kind: 'signed-in', user: await me(client) });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setState({ kind: 'signed-out', expired: false });
      else setState({ kind: 'unreachable', error });
    }
  }, [client]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      client.onUnauthenticated(() =>
        // A 401 while `/api/me` is still out (a route's data asked beside it) is not a session
        // that ended: `/api/me`'s own answer says whether there is one.
        setState((current) =>
          current.kind === 'signed-out' || current.kind === 'loading'
            ? current
            : { kind: 'signed-out', expired: true },
        ),
      ),
    [client],
  );

  const signIn = useCallback(
    async (username: string, password: string) => {
      await postSession(client, { username, password });
      setState({ kind: 'signed-in', user: await me(client) });
    },
    [client],
  );

  const signOut = useCallback(async () => {
    try {
      await deleteSession(client);
    } finally {
      // Signed out here even when the server could not be told: the next call would be refused anyway.
      setState({ kind: 'signed-out', expired: false });
    }
  }, [client]);

  const value = useMemo<Session>(
    () => ({
      state,
      signIn,
      signOut,
      refresh,
      can: (permission) => state.kind === 'signed-in' && state.user.permissions.includes(permission),
    }),
    [state, signIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside <SessionProvider>');
  return value;
}

/** The signed-in user; only for screens behind the sign-in (the router guarantees it). */
export function useSignedInUser(): MeResponse {
  const { state } = useSession();
  if (state.kind !== 'signed-in') throw new Error('useSignedInUser on a screen shown without a session');
  return state.user;
}
