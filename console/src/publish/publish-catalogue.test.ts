import { parseCatalogueSnapshot } from '@niemyet/core';
import { makeVersion } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/http';
import { FakeServer } from '../testing/fake-server';
import { publishCatalogue } from './publish-catalogue';
import { snapshotFileName, snapshotFileText } from './snapshot-file';

function server() {
  const fake = new FakeServer({
    accounts: { mai: { password: 'mat-khau-dai-1', roles: ['supervisor'] } },
    signedInAs: 'mai',
  });
  fake.baseline.push(
    makeVersion({ code: '1.000001' }),
    makeVersion({ code: '1.000002', name: 'Đăng ký kết hôn' }),
  );
  return { fake, client: createApiClient({ fetch: fake.fetch }) };
}

describe('publishing the catalogue', () => {
  it('asks the server to publish the date, then reads back the published snapshot for the extension', async () => {
    const { fake, client } = server();
    const { publication, snapshot } = await publishCatalogue(client, '2020-12-31');
    expect(fake.requestsTo('POST', '/api/publications')[0]?.body).toBe('{"asOf":"2020-12-31"}');
    expect(publication).toMatchObject({ asOf: '2020-12-31', procedures: 2, publishedBy: 'mai' });
    expect(snapshot?.hash).toBe(publication.hash);
    expect(snapshot).toMatchObject({ format: 'niemyet.catalogue', asOf: '2020-12-31' });
  });

  it('writes a file the extension and the CLI accept, hash included', async () => {
    const { client } = server();
    const { snapshot } = await publishCatalogue(client, '2020-12-31');
    if (!snapshot) throw new Error('no snapshot');
    expect(snapshotFileName(snapshot.asOf)).toBe('danh-muc-2020-12-31.json');
    const text = snapshotFileText(snapshot);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseCatalogueSnapshot(text)).toEqual(snapshot);
  });
});
