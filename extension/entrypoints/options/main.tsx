import { render } from 'preact';
import { OptionsApp } from '../../options/OptionsApp.tsx';

render(<OptionsApp />, document.getElementById('app')!);
