import type { BridgeWindow, CatalogueSnapshot } from '@niemyet/core';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { fetchPublishedSnapshot } from '../api/catalogue';
import { type BridgeNotice, type BridgeResponder, startBridgeResponder } from './bridge-responder';

/**
 * Keeps the bridge responder running while the console is open, whatever screen is shown:
 * the extension may ask at any time. What it is given is the server's published catalogue
 * (`/api/catalogue/published`, public: the extension may ask before anyone signs in). Screens
 * read the latest notice and announce publications.
 */

interface BridgeContextValue {
  notice: BridgeNotice | null;
  announce(snapshot: CatalogueSnapshot): void;
}

const BridgeContext = createContext<BridgeContextValue | null>(null);

export function BridgeProvider({
  children,
  target = window,
}: {
  children: ReactNode;
  /** The window to listen on; tests pass a fake. */
  target?: BridgeWindow;
}) {
  const client = useApi();
  const [notice, setNotice] = useState<BridgeNotice | null>(null);
  const responder = useRef<BridgeResponder | null>(null);

  useEffect(() => {
    const started = startBridgeResponder({
      window: target,
      loadPublished: async () => {
        const published = await fetchPublishedSnapshot(client);
        return published?.changed ? published.snapshot : null;
      },
      onNotice: setNotice,
    });
    responder.current = started;
    return () => {
      started.stop();
      if (responder.current === started) responder.current = null;
    };
  }, [client, target]);

  const value = useMemo<BridgeContextValue>(
    () => ({ notice, announce: (snapshot) => responder.current?.announce(snapshot) }),
    [notice],
  );
  return <BridgeContext.Provider value={value}>{children}</BridgeContext.Provider>;
}

export function useBridge(): BridgeContextValue {
  const value = useContext(BridgeContext);
  if (!value) throw new Error('useBridge outside <BridgeProvider>');
  return value;
}
