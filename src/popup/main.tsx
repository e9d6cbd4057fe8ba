import { render } from 'preact';
import '../shared/ui/base.css';
import './popup.css';
import { uiLanguage } from '../shared/i18n';
import { Popup } from './Popup';

document.documentElement.lang = uiLanguage();
const app = document.getElementById('app');
if (app) render(<Popup />, app);
