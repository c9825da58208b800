import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { cameOverHttps } from './client';

export const SESSION_COOKIE = 'niemyet_session';

/** HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), Secure over https. */
export function setSessionCookie(c: Context, token: string, maxAgeMs: number, trustProxy: boolean): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: cameOverHttps(c, trustProxy),
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function sessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function clearSessionCookie(c: Context, trustProxy: boolean): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: cameOverHttps(c, trustProxy),
  });
}
