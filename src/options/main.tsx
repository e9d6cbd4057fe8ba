import { render } from 'preact';
import '../shared/ui/base.css';
import './options.css';
import { t, uiLanguage } from '../shared/i18n';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const app = document.getElementById('app');
if (app) render(<Options />, app);
