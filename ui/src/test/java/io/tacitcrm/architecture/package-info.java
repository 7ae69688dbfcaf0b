/** Architecture rules of DESIGN §1, checked over the compiled classes of every module. */
package io.tacitcrm.architecture;
