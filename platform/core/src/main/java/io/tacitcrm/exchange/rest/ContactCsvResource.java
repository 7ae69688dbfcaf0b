package io.tacitcrm.exchange.rest;

import io.tacitcrm.exchange.domain.ImportReport;
import io.tacitcrm.exchange.service.CustomerExport;
import io.tacitcrm.exchange.service.CustomerImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** CSV export and import of contacts. */
@Tag(name = "Import and export", description = "CSV exchange of customers and contacts.")
@Path("contacts")
@ApplicationScoped
public class ContactCsvResource extends CsvResource {

    @Inject
    CustomerExport export;
    @Inject
    CustomerImport importer;

    @Override
    String object() {
        return "contacts";
    }

    @Override
    byte[] exportCsv() {
        return export.contacts();
    }

    @Override
    ImportReport importCsv(CustomerImport.Request request) {
        return importer.contacts(request);
    }
}
