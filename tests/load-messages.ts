// The app loads a page's catalog before its first render (src/app/page-locale.ts), and each
// part with the screen that shows it; tests render and compose without those steps, so
// English, the reference, is loaded whole up front.
import { loadMessages } from '../src/lib/i18n/messages';
import { MESSAGE_PARTS } from '../src/lib/i18n/message-parts';

await Promise.all(['core' as const, ...MESSAGE_PARTS].map((part) => loadMessages('en', part)));
