/**
 * Where to go back to after signing in: a path of this console (`/`, `/?asOf=2020-12-31`,
 * `/import`), never another site or the sign-in screen itself. Anything else gives `/`.
 */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return '/';
  if (target.startsWith('/sign-in') || target.startsWith('/setup')) return '/';
  return target;
}
