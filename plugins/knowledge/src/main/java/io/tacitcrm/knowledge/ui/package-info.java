/**
 * The knowledge base's screens, from standard Vaadin components only (the application's pre-built front end): browse
 * and search, read, edit with a live preview, history with diffs and restore, and the citations panel on customers.
 */
package io.tacitcrm.knowledge.ui;
