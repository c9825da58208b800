import { genericAdapter } from './adapters/generic/index';
import { nationalAdapter } from './adapters/national/index';
import type { PortalAdapter } from './types';

/**
 * Every portal adapter, in the order they are tried (like refined-github's feature list: one
 * file per portal, one registration shape). Site-specific adapters come first; the generic
 * reader, which tries any page, comes last. To add a portal: write
 * `adapters/<portal>/index.ts` exporting a `PortalAdapter` and add it above `genericAdapter`.
 */
export const portalAdapters: readonly PortalAdapter[] = Object.freeze([nationalAdapter, genericAdapter]);

/** The adapter registered under `id`, or null. */
export function adapterById(id: string): PortalAdapter | null {
  return portalAdapters.find((adapter) => adapter.id === id) ?? null;
}
