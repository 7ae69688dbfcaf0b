/** {@code /plugins} (the tenant's switches) and {@code /x/<plugin>/…} (the plugins' own endpoints). */
package io.tacitcrm.plugin.rest;
