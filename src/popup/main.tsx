import { render } from 'preact';
import '../shared/ui/base.css';
import './popup.css';
import { uiLanguage } from '../shared/i18n';
import { Popup } from './Popup';
import { sendMessage } from '../shared/messages';
import { routeSettingsWrites } from '../shared/settings';

// Settings writes go to the background, which applies them one at a time (no lost update between contexts).
routeSettingsWrites((ops) => sendMessage('settings/apply', { ops }));

document.documentElement.lang = uiLanguage();
const app = document.getElementById('app');
if (app) render(<Popup />, app);
