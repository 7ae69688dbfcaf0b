/** The record-access model through the API,
        held to an independent oracle by property-based tests (seeded generators of our own). */
package io.tacitcrm.it.access;
