import { startBridgeClient } from '../src/console-bridge/bridge-client';
import { sendSnapshot } from '../src/console-bridge/send-snapshot';
import { sendCommand } from '../src/messaging/send-command';
import { readSetting } from '../src/settings/setting';
import { catalogueSourceSetting } from '../src/settings/settings';

// Only wiring here; the logic lives in src/console-bridge/. Registered at run time for the
// console origin the user connects in the options page (src/console-bridge/console-connection.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  async main(ctx) {
    const { consoleOrigin } = await readSetting(catalogueSourceSetting);
    const client = startBridgeClient({
      window,
      consoleOrigin,
      currentHash: async () => {
        const status = await sendCommand('get-status', { url: null });
        return status.ok ? (status.value.catalogue?.hash ?? null) : null;
      },
      importSnapshot: (snapshot) => sendSnapshot(sendCommand, snapshot, consoleOrigin ?? ''),
      onEvent: (event) => console.info('Niêm yết bridge:', event.kind, 'hash' in event ? event.hash : ''),
    });
    ctx.onInvalidated(() => client.stop());
  },
});
