/**
 * `@niemyet/exports/testing`: reading back what the exports write (zip parts, a DOCX's text,
 * tables and images, QR codes), for the tests of the exports and of the CLI and server.
 */
export * from './docx-reading';
export * from './qr-reading';
export * from './zip-entries';
