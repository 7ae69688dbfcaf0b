/** Preview and carry out transfers; read a transfer and the handover dossier of a customer. */
package io.tacitcrm.transfer.service;
