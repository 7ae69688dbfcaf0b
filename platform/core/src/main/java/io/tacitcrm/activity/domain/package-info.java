/** Activities: the footprints reps leave on customers, contacts and opportunities, with the stage at the time. */
package io.tacitcrm.activity.domain;
