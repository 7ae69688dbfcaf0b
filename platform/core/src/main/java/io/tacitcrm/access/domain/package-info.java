/** Access: org-wide sharing defaults per object type. Hierarchy, shares, rules and record teams come later. */
package io.tacitcrm.access.domain;
