/** The home page every user lands on: cards from the core and from switched-on modules. */
package io.tacitcrm.ui.home;
