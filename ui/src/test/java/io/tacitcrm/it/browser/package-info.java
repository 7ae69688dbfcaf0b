/** Browser journeys with Playwright in Debian's Chromium, against the packaged server. */
package io.tacitcrm.it.browser;
