import { createContext, type ReactNode, useContext } from 'react';
import type { ApiClient } from './http';

/**
 * The page's API client, from context: screens call `useApi()` and tests give the console a
 * client over a fake server instead of the network.
 */
const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside <ApiProvider>');
  return client;
}
