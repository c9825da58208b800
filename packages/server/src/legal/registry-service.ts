import {
  type DocumentBody,
  type DocumentImportResponse,
  type DocumentWriteResponse,
  documentNumberKey,
  importLegalDocumentCsvBytes,
} from '@niemyet/core';
import type { Services, SignedInUser } from '../context';
import { ApiHttpError, notFound } from '../http/errors';
import { recordActivity } from '../repositories/activity';
import {
  findLegalDocument,
  insertLegalDocuments,
  readLegalDocuments,
  updateLegalDocument,
} from '../repositories/legal-documents';
import { insertTasks } from '../repositories/review-tasks';
import { documentFromBody } from './document-input';
import { eventTasksFor } from './event-tasks';
import { today } from './legal-reading';

/**
 * Writing the registry: a document by form, an edit, a CSV list. Each writes its documents
 * and the review tasks they create in one transaction, so a registry never holds a document
 * whose tasks were lost, nor tasks of a document refused. A task the workspace holds already
 * (same id: the same document registered again) is not made twice.
 */

function documentExists(number: string): ApiHttpError {
  return new ApiHttpError(
    409,
    'document-exists',
    `Văn bản ${number} đã có trong sổ (the document is registered already).`,
    { number },
  );
}

export async function registerDocument(
  services: Services,
  user: SignedInUser,
  body: DocumentBody,
  issuerKind: string,
): Promise<DocumentWriteResponse> {
  const registered = await readLegalDocuments(services.db);
  const document = documentFromBody(body, registered, today(services));
  if (registered.some((d) => d.number === document.number)) throw documentExists(document.number);
  const tasks = await eventTasksFor(services, [document], issuerKind);
  const at = services.now().toISOString();
  return services.db.transaction().execute(async (tx) => {
    // Checked again by the unique number: two people registering one document at once.
    if ((await insertLegalDocuments(tx, [document], at, user.username)).size === 0)
      throw documentExists(document.number);
    return { documents: [document], tasks: await insertTasks(tx, tasks, at) };
  });
}

export async function editDocument(
  services: Services,
  number: string,
  body: DocumentBody,
  issuerKind: string,
): Promise<DocumentWriteResponse> {
  const key = documentNumberKey(number);
  const registered = await readLegalDocuments(services.db);
  const current = registered.find((d) => d.number === key);
  if (!current) throw notFound('văn bản', key);
  const edited = documentFromBody(body, registered, today(services));
  if (edited.number !== key)
    throw new ApiHttpError(
      422,
      'bad-request',
      `Không đổi được số ký hiệu ${key} thành ${edited.number}: hãy đăng ký văn bản mới (the number of a registered document cannot change).`,
      { field: 'number', issue: 'differs from the document edited', in: 'body' },
    );
  const document = { ...edited, id: current.id };
  const tasks = await eventTasksFor(services, [document], issuerKind);
  const at = services.now().toISOString();
  return services.db.transaction().execute(async (tx) => {
    if (!(await findLegalDocument(tx, key, true))) throw notFound('văn bản', key);
    await updateLegalDocument(tx, document);
    return { documents: [document], tasks: await insertTasks(tx, tasks, at) };
  });
}

export async function importDocuments(
  services: Services,
  user: SignedInUser,
  bytes: Uint8Array,
  options: { issuerKind: string; fileName: string; address: string | null },
): Promise<DocumentImportResponse> {
  const registered = await readLegalDocuments(services.db);
  const result = importLegalDocumentCsvBytes(bytes, { existing: registered, today: today(services) });
  if (!result.ok)
    throw new ApiHttpError(
      422,
      'import-invalid',
      `Tệp có ${result.errors.length} lỗi, không ghi gì (the file has ${result.errors.length} errors; nothing was written).`,
      { errors: result.errors.length },
      { body: { errors: result.errors } },
    );
  const tasks = await eventTasksFor(services, result.documents, options.issuerKind);
  const at = services.now().toISOString();
  return services.db.transaction().execute(async (tx) => {
    const written = await insertLegalDocuments(tx, result.documents, at, user.username);
    // Someone registered one of them meanwhile: all or nothing, so the whole file is refused.
    const taken = result.documents.find((d) => !written.has(d.number));
    if (taken) throw documentExists(taken.number);
    const created = await insertTasks(tx, tasks, at);
    await recordActivity(
      tx,
      {
        actor: user.username,
        action: 'import',
        target: options.fileName,
        address: options.address,
        details: { legalDocuments: result.documents.length, reviewTasks: created.length },
      },
      at,
    );
    return { documents: result.documents, tasks: created, warnings: result.warnings };
  });
}
