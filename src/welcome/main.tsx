import { render } from 'preact';
import '../shared/ui/base.css';
import './welcome.css';
import { BUILTIN_ENTRIES } from '../core/acronyms/dictionary/builtin';
import { useBuiltinDictionary } from '../core/index';
import { browser } from '../shared/browser';
import { t, uiLanguage } from '../shared/i18n';
import { sendMessage } from '../shared/messages';
import { routeSettingsWrites } from '../shared/settings';
import { PAGE_CSS_FILE, fontFacesCss } from '../shared/settings/scale';
import { Welcome } from './Welcome';

// The sample's acronyms are resolved as on a page: the built-in dictionary comes from its typed source here (an
// extension page shown once; pages get the compact data file through the background instead).
useBuiltinDictionary(() => BUILTIN_ENTRIES);

// Settings writes go to the background, which applies them one at a time (no lost update between contexts).
routeSettingsWrites((ops) => sendMessage('settings/apply', { ops }));

// The preview shows the reader's size and look with the very style sheet and font pages get.
const sheet = document.createElement('link');
sheet.rel = 'stylesheet';
sheet.href = browser.runtime.getURL(PAGE_CSS_FILE);
const fonts = document.createElement('style');
fonts.textContent = fontFacesCss((file) => browser.runtime.getURL(file));
document.head.append(sheet, fonts);

document.documentElement.lang = uiLanguage();
document.title = t('welcome_title');
const app = document.getElementById('app');
if (app) render(<Welcome />, app);
