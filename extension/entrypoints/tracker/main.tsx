import { render } from 'preact';
import { TrackerApp } from '../../tracker/TrackerApp.tsx';

render(<TrackerApp />, document.getElementById('app')!);
