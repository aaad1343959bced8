/**
 * The notes in the background: answers the notes requests over the notes database, sends
 * `notes.changed` to every page and tab after a write, and turns the context-menu item and the
 * keyboard shortcut into "start a note on the selection" in the tab they came from.
 */
import { browser } from '#imports';
import { NotesRequestSchema, type NotesEvent } from '../../core/schemas/notes-messages.ts';
import { NotesRepository } from '../../core/storage/notes-repo.ts';
import { serveMessages } from '../messaging/serve.ts';
import { notesHandlers, type SessionArea } from './background-handlers.ts';
import { notesText } from './notes-strings.ts';

const ADD_NOTE_MENU = 'cites-add-note';
const PANEL_MENU = 'cites-notes-panel';
/** The `commands` entry of the manifest (see wxt.config.ts). */
export const ADD_NOTE_COMMAND = 'add-note';

const session: SessionArea = {
  async get(key) {
    return (await browser.storage.session.get(key))[key];
  },
  async set(key, value) {
    await browser.storage.session.set({ [key]: value });
  },
  async remove(key) {
    await browser.storage.session.remove(key);
  },
};

async function sendToTab(tabId: number, event: NotesEvent): Promise<boolean> {
  // A content script answers through the tab; the viewer (an extension page) hears the runtime
  // broadcast and checks the tab id itself.
  const [content, page] = await Promise.all([
    browser.tabs.sendMessage(tabId, event).then(
      () => true,
      () => false,
    ),
    browser.runtime.sendMessage(event).then(
      () => true,
      () => false,
    ),
  ]);
  return content || page;
}

function broadcast(event: NotesEvent): void {
  void browser.runtime.sendMessage(event).catch(() => undefined);
  void browser.tabs.query({}).then((tabs) => {
    for (const tab of tabs) {
      if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, event).catch(() => undefined);
    }
  });
}

function createMenus(): void {
  const language = navigator.language.slice(0, 2);
  const lang = language === 'fr' || language === 'es' ? language : 'en';
  for (const [id, key, contexts] of [
    [ADD_NOTE_MENU, 'addNoteMenu', ['selection']],
    [PANEL_MENU, 'openPanelMenu', ['page', 'selection']],
  ] as const) {
    browser.contextMenus.remove(id, () => {
      void browser.runtime.lastError;
      browser.contextMenus.create({ id, title: notesText(key, lang), contexts: [...contexts] }, () => {
        void browser.runtime.lastError;
      });
    });
  }
}

/** Starts the notes' side of the background. */
export function startNotesBackground(): void {
  const repo = NotesRepository.open();
  const handlers = notesHandlers(repo, { broadcast, session, sendToTab });
  serveMessages(NotesRequestSchema, handlers);
  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === ADD_NOTE_MENU) void sendToTab(tab.id, { type: 'notes.start', tabId: tab.id });
    if (info.menuItemId === PANEL_MENU)
      void browser.sidePanel?.open({ tabId: tab.id }).catch(() => undefined);
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === ADD_NOTE_COMMAND && tab?.id !== undefined)
      void sendToTab(tab.id, { type: 'notes.start', tabId: tab.id });
  });
  browser.tabs.onRemoved.addListener((tabId) => void handlers.forgetTab(tabId));
}
