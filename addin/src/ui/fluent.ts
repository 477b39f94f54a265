/**
 * The Fluent UI web components the pane uses, registered once: each import defines one custom element.
 * Vite bundles them with the pane, so nothing is fetched from a CDN.
 */
import '@fluentui/web-components/accordion.js';
import '@fluentui/web-components/accordion-item.js';
import '@fluentui/web-components/badge.js';
import '@fluentui/web-components/button.js';
import '@fluentui/web-components/switch.js';
