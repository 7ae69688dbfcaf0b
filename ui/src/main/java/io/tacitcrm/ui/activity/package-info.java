/** Screens of the daily work: one's day of footprints and the daily reports. */
package io.tacitcrm.ui.activity;
