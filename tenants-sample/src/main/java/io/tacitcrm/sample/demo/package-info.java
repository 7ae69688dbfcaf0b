/** The demo tenant — a Chinese SME with a small sales team and customers — loaded through the public REST API. */
package io.tacitcrm.sample.demo;
