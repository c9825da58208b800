import type { WxtStorageItem } from 'wxt/utils/storage';
import type { z } from 'zod';

/**
 * A stored setting read through its schema: storage can hold anything (an older build, a
 * hand edit in devtools), and a bad value must fall back rather than break a page.
 */
export interface Setting<T> {
  item: WxtStorageItem<T, Record<string, never>>;
  schema: z.ZodType<T>;
  fallback: T;
}

export async function readSetting<T>(setting: Setting<T>): Promise<T> {
  const parsed = setting.schema.safeParse(await setting.item.getValue());
  return parsed.success ? parsed.data : setting.fallback;
}

/** Validates before writing; throws naming the problem. */
export async function writeSetting<T>(setting: Setting<T>, value: T): Promise<T> {
  const parsed = setting.schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `Invalid setting ${setting.item.key}: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
  }
  await setting.item.setValue(parsed.data);
  return parsed.data;
}

export function watchSetting<T>(setting: Setting<T>, onChange: (value: T) => void): () => void {
  return setting.item.watch((value) => {
    const parsed = setting.schema.safeParse(value);
    onChange(parsed.success ? parsed.data : setting.fallback);
  });
}
