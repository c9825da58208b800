import { useEffect, useState } from 'react';
import { readSetting, watchSetting } from '../settings/setting';
import {
  type FindingReportState,
  findingReportStateSetting,
  type ServerConnection,
  serverConnectionSetting,
} from '../settings/settings';

/**
 * The connection and the sending status as stored, kept current while a page is open (the
 * background writes them). `undefined` until read.
 */
export function useServerConnection(): {
  connection: ServerConnection | null | undefined;
  reports: FindingReportState | undefined;
} {
  const [connection, setConnection] = useState<ServerConnection | null | undefined>(undefined);
  const [reports, setReports] = useState<FindingReportState | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void readSetting(serverConnectionSetting).then((value) => live && setConnection(value));
    void readSetting(findingReportStateSetting).then((value) => live && setReports(value));
    const stopConnection = watchSetting(serverConnectionSetting, setConnection);
    const stopReports = watchSetting(findingReportStateSetting, setReports);
    return () => {
      live = false;
      stopConnection();
      stopReports();
    };
  }, []);
  return { connection, reports };
}
