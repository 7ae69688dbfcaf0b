/** The application shell: theme, layout with navigation, translations (English and Simplified Chinese). */
package io.tacitcrm.ui.shell;
