import { render } from 'preact';
import { PopupApp } from '../../popup/PopupApp.tsx';

render(<PopupApp />, document.getElementById('app')!);
