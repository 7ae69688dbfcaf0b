/**
 * What the database says about a lost race (an optimistic lock, a unique key taken first, a serialization failure),
 * translated into the domain's conflicts at the edge, so that no other layer needs to know SQL states.
 */
package io.tacitcrm.common.persistence;
