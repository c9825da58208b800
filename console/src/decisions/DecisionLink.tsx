import { useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';
import { decisionPath } from './decision-links';

/**
 * A real link to one decision: its href is the router's own (`#/decisions/…` on the page), a
 * plain click navigates in the page, and a click with a modifier (new tab, new window) is left
 * to the browser. It goes through the router's history rather than a typed `<Link>` so it
 * does not depend on the editor's route being compiled into the same build.
 */
export function DecisionLink({
  id,
  children,
  className,
}: {
  id: string;
  children: ReactNode;
  className?: string;
}) {
  const router = useRouter();
  const path = decisionPath(id);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.history.push(path);
  };
  return (
    <a href={router.history.createHref(path)} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
