/**
 * The notes' interface sentences in English, French and Spanish (beside the extension's own in
 * `i18n/strings.ts`). `{name}` placeholders are filled by `notesText()`; values are inserted as
 * text, never as markup.
 */
import type { Translated } from '../../core/i18n/labels.ts';
import type { Language } from '../../core/schemas/codes.ts';

const NOTES_STRINGS = {
  notes: { en: 'Notes', fr: 'Notes', es: 'Notas' },
  addNote: { en: 'Add a note', fr: 'Ajouter une note', es: 'Añadir una nota' },
  addNoteMenu: {
    en: 'Add a note on the selection',
    fr: 'Ajouter une note sur la sélection',
    es: 'Añadir una nota a la selección',
  },
  openPanelMenu: {
    en: 'Show my notes (side panel)',
    fr: 'Afficher mes notes (panneau latéral)',
    es: 'Mostrar mis notas (panel lateral)',
  },
  noteBody: { en: 'Note', fr: 'Note', es: 'Nota' },
  tags: {
    en: 'Tags (comma-separated)',
    fr: 'Étiquettes (séparées par des virgules)',
    es: 'Etiquetas (separadas por comas)',
  },
  save: { en: 'Save', fr: 'Enregistrer', es: 'Guardar' },
  saving: { en: 'Saving…', fr: 'Enregistrement…', es: 'Guardando…' },
  cancel: { en: 'Cancel', fr: 'Annuler', es: 'Cancelar' },
  edit: { en: 'Edit', fr: 'Modifier', es: 'Editar' },
  delete: { en: 'Delete', fr: 'Supprimer', es: 'Eliminar' },
  close: { en: 'Close', fr: 'Fermer', es: 'Cerrar' },
  undo: { en: 'Undo', fr: 'Annuler', es: 'Deshacer' },
  deleted: {
    en: '{count} note(s) deleted.',
    fr: '{count} note(s) supprimée(s).',
    es: '{count} nota(s) eliminada(s).',
  },
  saveHint: {
    en: 'Ctrl+Enter saves, Escape closes.',
    fr: 'Ctrl+Entrée enregistre, Échap ferme.',
    es: 'Ctrl+Intro guarda, Escape cierra.',
  },
  draftKept: {
    en: 'Your text is kept here and in this session until it is saved.',
    fr: 'Votre texte est conservé ici et pendant cette session jusqu’à son enregistrement.',
    es: 'Su texto se conserva aquí y durante esta sesión hasta que se guarde.',
  },
  quotaFull: {
    en: 'The browser’s storage is full: the note was not saved. It is still here; export your notes or free some space, then save again.',
    fr: 'Le stockage du navigateur est plein : la note n’a pas été enregistrée. Elle est toujours ici ; exportez vos notes ou libérez de l’espace, puis enregistrez à nouveau.',
    es: 'El almacenamiento del navegador está lleno: la nota no se guardó. Sigue aquí; exporte sus notas o libere espacio y vuelva a guardar.',
  },
  conflict: {
    en: 'This note was changed elsewhere (another tab or window) since you opened it. Choose which version to keep, or merge them.',
    fr: 'Cette note a été modifiée ailleurs (un autre onglet ou une autre fenêtre) depuis son ouverture. Choisissez la version à garder, ou fusionnez-les.',
    es: 'Esta nota se modificó en otro lugar (otra pestaña o ventana) desde que la abrió. Elija qué versión conservar o combínelas.',
  },
  yourVersion: { en: 'Your version', fr: 'Votre version', es: 'Su versión' },
  savedVersion: { en: 'Saved elsewhere', fr: 'Enregistrée ailleurs', es: 'Guardada en otro lugar' },
  keepMine: { en: 'Keep mine', fr: 'Garder la mienne', es: 'Conservar la mía' },
  keepSaved: { en: 'Keep the saved one', fr: 'Garder l’enregistrée', es: 'Conservar la guardada' },
  merge: { en: 'Merge both', fr: 'Fusionner les deux', es: 'Combinar ambas' },
  failed: { en: 'Not saved: {reason}', fr: 'Non enregistrée : {reason}', es: 'No guardada: {reason}' },
  unanchored: {
    en: 'Not found in this version of the document',
    fr: 'Introuvable dans cette version du document',
    es: 'No encontrada en esta versión del documento',
  },
  thisDocument: { en: 'This document', fr: 'Ce document', es: 'Este documento' },
  allNotes: { en: 'All notes', fr: 'Toutes les notes', es: 'Todas las notas' },
  noDocument: {
    en: 'Open a CITES document (a page where annotations are on, or a PDF in the CITES reader) to see its notes here.',
    fr: 'Ouvrez un document CITES (une page annotée ou un PDF dans le lecteur CITES) pour voir ses notes ici.',
    es: 'Abra un documento CITES (una página anotada o un PDF en el lector CITES) para ver aquí sus notas.',
  },
  noNotes: { en: 'No notes.', fr: 'Aucune note.', es: 'Ninguna nota.' },
  search: { en: 'Search the notes', fr: 'Rechercher dans les notes', es: 'Buscar en las notas' },
  anyTag: { en: 'Any tag', fr: 'Toute étiquette', es: 'Cualquier etiqueta' },
  anyParty: { en: 'Any Party', fr: 'Toute Partie', es: 'Cualquier Parte' },
  anyReference: { en: 'Any reference', fr: 'Toute référence', es: 'Cualquier referencia' },
  anyDocument: { en: 'Any document', fr: 'Tout document', es: 'Cualquier documento' },
  count: { en: '{count} note(s)', fr: '{count} note(s)', es: '{count} nota(s)' },
  exportAs: {
    en: 'Export the notes shown',
    fr: 'Exporter les notes affichées',
    es: 'Exportar las notas mostradas',
  },
  exportJson: {
    en: 'Web Annotations (JSON-LD)',
    fr: 'Web Annotations (JSON-LD)',
    es: 'Web Annotations (JSON-LD)',
  },
  exportMarkdown: { en: 'Markdown', fr: 'Markdown', es: 'Markdown' },
  exportCsv: { en: 'CSV', fr: 'CSV', es: 'CSV' },
  importFile: {
    en: 'Import Web Annotations (JSON)',
    fr: 'Importer des Web Annotations (JSON)',
    es: 'Importar Web Annotations (JSON)',
  },
  imported: {
    en: 'Imported: {added} new, {updated} updated, {unchanged} unchanged.',
    fr: 'Importé : {added} nouvelle(s), {updated} mise(s) à jour, {unchanged} inchangée(s).',
    es: 'Importado: {added} nueva(s), {updated} actualizada(s), {unchanged} sin cambios.',
  },
  importRefused: {
    en: 'Nothing was imported. {reason}',
    fr: 'Rien n’a été importé. {reason}',
    es: 'No se importó nada. {reason}',
  },
  deleteShown: {
    en: 'Delete the notes shown…',
    fr: 'Supprimer les notes affichées…',
    es: 'Eliminar las notas mostradas…',
  },
  confirmPurge: {
    en: 'Delete these {count} note(s) for good? Export them first if you may want them back.',
    fr: 'Supprimer définitivement ces {count} note(s) ? Exportez-les d’abord si vous pourriez en avoir besoin.',
    es: '¿Eliminar definitivamente estas {count} nota(s)? Expórtelas antes si podría necesitarlas.',
  },
  purged: {
    en: '{count} note(s) deleted for good.',
    fr: '{count} note(s) supprimée(s) définitivement.',
    es: '{count} nota(s) eliminada(s) definitivamente.',
  },
  showInPage: { en: 'Show in the page', fr: 'Afficher dans la page', es: 'Mostrar en la página' },
  mentions: { en: 'Mentions: {list}', fr: 'Mentionne : {list}', es: 'Menciona: {list}' },
  storageKept: {
    en: 'Notes are kept on this device.',
    fr: 'Les notes sont conservées sur cet appareil.',
    es: 'Las notas se guardan en este dispositivo.',
  },
  storageNotPersistent: {
    en: 'The browser may clear these notes when it runs short of space: export them now and then.',
    fr: 'Le navigateur peut effacer ces notes s’il manque d’espace : exportez-les de temps en temps.',
    es: 'El navegador puede borrar estas notas si le falta espacio: expórtelas de vez en cuando.',
  },
  noteOn: { en: 'Note on “{quote}”', fr: 'Note sur « {quote} »', es: 'Nota sobre «{quote}»' },
} as const satisfies Record<string, Translated>;

export type NotesStringKey = keyof typeof NOTES_STRINGS;

/**
 * A notes sentence in `lang`, with `{name}` placeholders filled from `params`.
 *
 * @param key - which sentence
 * @param lang - the interface language
 * @param params - values for the placeholders
 */
export function notesText(
  key: NotesStringKey,
  lang: Language,
  params: Record<string, string | number> = {},
): string {
  return NOTES_STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
