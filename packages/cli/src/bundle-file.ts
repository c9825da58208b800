import { type WorkspaceBundle, WorkspaceBundleSchema } from '@niemyet/core';
import { readJsonFile } from './files';
import { CliError } from './io';

/** `decisions[3].items[0].action`: a zod issue path the way a person searches the JSON for it. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(gốc / root)' : out;
}

/**
 * Reads a workspace bundle (`niemyet.workspace` JSON). A file that is not JSON, or not a
 * bundle, is refused with a message naming the file and the first bad field.
 */
export async function readWorkspaceBundle(path: string): Promise<WorkspaceBundle> {
  const json = await readJsonFile(path);
  const parsed = WorkspaceBundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? formatIssuePath(issue.path) : '(gốc / root)';
    throw new CliError(
      `Tệp «${path}» không phải gói dữ liệu niemyet.workspace hợp lệ: trường «${where}» sai — ${issue?.message ?? 'không rõ'} (invalid workspace bundle at ${where})`,
    );
  }
  return parsed.data;
}
