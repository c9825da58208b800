import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/**
 * A link to one document's page, `#/documents/42/2022/NĐ-CP`: the number is the rest of the
 * path (a splat), its slashes kept, so the address reads as the number does.
 */
export function DocumentLink({
  number,
  children,
  className,
}: {
  number: string;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <Link to="/documents/$" params={{ _splat: number }} className={className} data-testid="document-link">
      {children ?? number}
    </Link>
  );
}
