/** Workspace settings for administrators: the role tree (add, rename, move a subtree, delete when empty). */
package io.tacitcrm.ui.settings;
