/** Screens of the sales work: the pipeline board and the opportunity form. */
package io.tacitcrm.ui.sales;
