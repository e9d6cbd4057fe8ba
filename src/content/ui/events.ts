// Content code takes the trusted-event helper from here; it lives in shared/ because the welcome page's sample
// acronyms use the same tooltip (shared/acronyms-ui/).
export { onTrusted } from '../../shared/trusted-events';
