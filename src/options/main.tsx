import { render } from 'preact';
import '../shared/ui/base.css';
import './options.css';
import { t, uiLanguage } from '../shared/i18n';
import { Options } from './Options';
import { sendMessage } from '../shared/messages';
import { routeSettingsWrites } from '../shared/settings';
import { routeDictionaryWrites } from '../shared/dictionary';

// Settings and dictionary writes go to the background, which applies them one at a time (no lost update between
// contexts).
routeSettingsWrites((ops) => sendMessage('settings/apply', { ops }));
routeDictionaryWrites((change) => sendMessage('dictionary/apply', { change }));

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const app = document.getElementById('app');
if (app) render(<Options />, app);
