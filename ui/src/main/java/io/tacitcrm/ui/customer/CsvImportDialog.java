package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.persistence.PersistenceFailures;
import io.tacitcrm.exchange.domain.ImportMode;
import io.tacitcrm.exchange.domain.ImportReport;
import io.tacitcrm.exchange.domain.RowProblem;
import io.tacitcrm.exchange.service.CustomerImport;
import io.tacitcrm.ui.shell.FieldErrors;
import io.tacitcrm.ui.shell.Problems;
import java.util.Map;
import java.util.Optional;

/**
 * Imports customers or contacts from a CSV file: check first (nothing stored), see each refused row, then import —
 * all rows, or knowingly only the valid ones.
 */
class CsvImportDialog extends Dialog {

    enum Kind {
        ACCOUNTS, CONTACTS
    }

    private final CustomerImport importer;
    private final Select<Kind> kind = new Select<>();
    private final Checkbox validOnly = new Checkbox();
    private final Div summary = new Div();
    private final Grid<RowProblem> problems = new Grid<>();
    private final Button importButton = new Button();
    private byte[] file;
    private String fileName = "upload.csv";

    CsvImportDialog(CustomerImport importer, Runnable onImported) {
        this.importer = importer;
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(48rem, 95vw)");
        kind.setLabel(getTranslation("import.kind"));
        kind.setId("import-kind");
        kind.setWidthFull();
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k));
        kind.setValue(Kind.ACCOUNTS);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            file = bytes;
            fileName = metadata.fileName();
            run(true);
        }))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CustomerImport.MAX_FILE_BYTES);
        upload.setId("import-upload");
        upload.setI18n(uploadTexts());
        // the browser refuses a file too large or of another type before sending it, and says nothing by itself
        upload.addFileRejectedListener(e -> refused(e.getErrorMessage()));
        validOnly.setLabel(getTranslation("import.valid-only"));
        problems.addColumn(RowProblem::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(RowProblem::column).setHeader(getTranslation("import.column")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> FieldErrors.translate(this, new FieldError(p.column(), p.code(), p.message())))
                .setHeader(getTranslation("import.problem"));
        problems.setHeight("14em");
        problems.setVisible(false);
        summary.setId("import-summary");
        importButton.setText(getTranslation("import.run"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setId("import-run");
        importButton.addClickListener(e -> {
            if (run(false)) {
                onImported.run();
            }
        });
        add(new Paragraph(getTranslation("import.intro")), kind, upload, summary, problems, validOnly);
        Button closeButton = new Button(getTranslation("action.close"), e -> close());
        closeButton.setId("import-close");
        getFooter().add(closeButton, importButton);
    }

    /** The upload's own words (English in the component) in the user's language. */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.too-many"))
                        .setFileIsTooBig(getTranslation("upload.too-big", CustomerImport.MAX_FILE_MIB))
                        .setIncorrectFileType(getTranslation("upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.connecting"))
                                .setStalled(getTranslation("upload.stalled"))
                                .setProcessing(getTranslation("upload.processing"))
                                .setHeld(getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("upload.remaining"))
                                .setUnknown(getTranslation("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("upload.server-error"))
                                .setForbidden(getTranslation("upload.forbidden"))
                                .setFileTooLarge(getTranslation("upload.too-big", CustomerImport.MAX_FILE_MIB))))
                .setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry"))
                        .setStart(getTranslation("upload.start")).setRemove(getTranslation("upload.remove")));
    }

    /** Checks (dry run) or imports the uploaded file; true when rows were imported. */
    private boolean run(boolean dryRun) {
        summary.removeClassName("tacit-form-error");
        try {
            CustomerImport.Request request = new CustomerImport.Request(file, Optional.empty(), Map.of(),
                    validOnly.getValue() ? ImportMode.VALID_ROWS : ImportMode.ALL_OR_NOTHING, dryRun, fileName);
            ImportReport report = kind.getValue() == Kind.ACCOUNTS ? importer.accounts(request)
                    : importer.contacts(request);
            problems.setItems(report.problems());
            problems.setVisible(!report.problems().isEmpty());
            summary.setText(dryRun
                    ? getTranslation("import.checked", report.rows(), report.problems().isEmpty() ? 0
                            : report.problems().stream().map(RowProblem::line).distinct().count(), report.encoding())
                    : getTranslation("import.done", report.imported(), report.rows()));
            importButton.setEnabled(dryRun);
            return !dryRun && report.imported() > 0;
        } catch (RuntimeException e) {
            // a refusal, or a database failure that stands for one (the import outlived its transaction: the
            // container's rollback surfaces instead of the service's own refusal), is told beside the file
            DomainException refusal = PersistenceFailures.explain(e).orElseThrow(() -> e);
            refused(Problems.text(this, refusal));
            return false;
        }
    }

    /** Says why beside the file; nothing is imported until another file is checked. */
    private void refused(String why) {
        problems.setVisible(false);
        summary.addClassName("tacit-form-error");
        summary.setText(why);
        importButton.setEnabled(false);
    }
}
