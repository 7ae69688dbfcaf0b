/** Queue a message in the current transaction; deliver the queue after commit and on a timer. */
package io.tacitcrm.mail.service;
