import { fakeBrowser } from 'wxt/testing/fake-browser';

interface Registered {
  id: string;
  js?: string[];
  matches?: string[];
}

/** Permissions and scripting as Chrome keeps them, in memory. */
export function fakeChrome(grant: boolean) {
  const granted = new Set<string>();
  const scripts = new Map<string, Registered>();
  const requests: string[][] = [];
  const fb = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  fb.permissions = {
    ...fb.permissions,
    request: async ({ origins }: { origins: string[] }) => {
      requests.push(origins);
      if (grant) for (const o of origins) granted.add(o);
      return grant;
    },
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    remove: async ({ origins }: { origins: string[] }) => {
      for (const o of origins) granted.delete(o);
      return true;
    },
  };
  fb.scripting = {
    ...fb.scripting,
    registerContentScripts: async (list: Registered[]) => {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      for (const id of ids) scripts.delete(id);
    },
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
      [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
  };
  return { granted, scripts, requests };
}
