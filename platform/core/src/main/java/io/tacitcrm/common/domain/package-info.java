/**
 * Vocabulary every feature shares: typed-id generation, paging, and the domain errors that the REST layer turns into
 * problem+json and the UI into messages next to fields. Depends on nothing but the JDK.
 */
package io.tacitcrm.common.domain;
