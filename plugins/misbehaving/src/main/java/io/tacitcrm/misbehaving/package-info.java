/** Test plugins that throw or hang at every extension point; never installed outside the tests. */
package io.tacitcrm.misbehaving;
