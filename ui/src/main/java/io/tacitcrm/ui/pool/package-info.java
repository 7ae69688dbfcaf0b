/** The public pool: untended customers any rep may claim, and its policy for administrators. */
package io.tacitcrm.ui.pool;
