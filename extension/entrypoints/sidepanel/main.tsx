import { render } from 'preact';
import { NOTES_CSS } from '../../notes/note-styles.ts';
import { SidePanelApp } from '../../notes/SidePanelApp.tsx';

const style = document.createElement('style');
style.textContent = NOTES_CSS;
document.head.append(style);
render(<SidePanelApp />, document.getElementById('app')!);
