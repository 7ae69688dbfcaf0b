/**
 * The knowledge base plugin: the company's selling knowledge (products, competitors, reference customers, solutions,
 * objections) as versioned Markdown articles, searchable in Chinese and English, cited from customers, opportunities
 * and activities. Built against the partner API only ({@code io.tacitcrm.api}), exactly as a partner would.
 */
package io.tacitcrm.knowledge;
