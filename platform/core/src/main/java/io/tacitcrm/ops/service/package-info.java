/** What operators do: sign in with a second factor, list workspaces with their usage, suspend and resume them. */
package io.tacitcrm.ops.service;
