/** Bulk transfer over HTTP against the packaged server: rights, what moves, dossiers, atomicity, concurrency. */
package io.tacitcrm.it.transfer;
