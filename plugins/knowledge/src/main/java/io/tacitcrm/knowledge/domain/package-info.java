/** Articles, their rules, search terms, Markdown rendering and version diffs: no I/O. */
package io.tacitcrm.knowledge.domain;
