import { useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';

/**
 * A real link to a console path that another screen owns (`/documents/…`): the router's own
 * href, a plain click navigating in the page, a modified click left to the browser. Through the
 * router's history rather than a typed `<Link>`, so it does not depend on that screen's route
 * being compiled into the same build.
 */
export function PathLink({
  path,
  children,
  className,
  testId,
}: {
  path: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const router = useRouter();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.history.push(path);
  };
  return (
    <a href={router.history.createHref(path)} className={className} onClick={onClick} data-testid={testId}>
      {children}
    </a>
  );
}

/**
 * Where one legal document lives in the console (the registry's screen): its number is the
 * rest of the path, slashes kept as the registry's route reads it (`/documents/42/2022/NĐ-CP`),
 * each segment encoded.
 */
export function documentPath(number: string): string {
  return `/documents/${number.split('/').map(encodeURIComponent).join('/')}`;
}
