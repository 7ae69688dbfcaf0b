/** Each user's home page: which cards they keep, in which order. The cards themselves are the UI's and modules'. */
package io.tacitcrm.home;
