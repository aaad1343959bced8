import { render } from 'preact';
import { ViewerApp } from '../../pdf/ViewerApp.tsx';

render(<ViewerApp />, document.getElementById('app')!);
