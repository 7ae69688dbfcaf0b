/** In-container tests (Arquillian, managed Liberty, JUnit 5): services, persistence and transactions as deployed. */
package io.tacitcrm.it.container;
