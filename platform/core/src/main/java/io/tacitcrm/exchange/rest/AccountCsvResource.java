package io.tacitcrm.exchange.rest;

import io.tacitcrm.exchange.domain.ImportReport;
import io.tacitcrm.exchange.service.CustomerExport;
import io.tacitcrm.exchange.service.CustomerImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** CSV export and import of accounts. */
@Tag(name = "Import and export", description = "CSV exchange of customers and contacts.")
@Path("accounts")
@ApplicationScoped
public class AccountCsvResource extends CsvResource {

    @Inject
    CustomerExport export;
    @Inject
    CustomerImport importer;

    @Override
    String object() {
        return "accounts";
    }

    @Override
    byte[] exportCsv() {
        return export.accounts();
    }

    @Override
    ImportReport importCsv(CustomerImport.Request request) {
        return importer.accounts(request);
    }
}
