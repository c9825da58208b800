import { defineMessages, type MessagesOf } from '@niemyet/core';
import { en } from './en';
import { vi } from './vi';

/**
 * The extension's catalog in both languages, in core's one translation system (the console's
 * and the server's error sentences use it too): `t.popup.page.heading`, `t.pull.failures({ count })`.
 */
export const EXTENSION_MESSAGES = defineMessages(vi, en);
export type ExtensionMessages = MessagesOf<typeof vi>;
