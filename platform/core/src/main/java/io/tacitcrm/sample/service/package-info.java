/** Loading the sample customers, deals and footprints, and removing them again. */
package io.tacitcrm.sample.service;
