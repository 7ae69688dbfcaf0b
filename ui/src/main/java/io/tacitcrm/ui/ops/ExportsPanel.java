package io.tacitcrm.ui.ops;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import io.tacitcrm.ops.domain.ExportRecord;
import io.tacitcrm.ops.service.WorkspaceExports;
import io.tacitcrm.ops.service.WorkspaceExports.ExportTicket;
import io.tacitcrm.tenancy.domain.TenantId;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A workspace's exports: the download that streams a new archive straight from the database, and the latest exports
 * with their progress, followed every second while one runs.
 */
class ExportsPanel extends VerticalLayout {

    /** Polls after a click before the export shows as running (the browser starts the download a moment later). */
    private static final int GRACE_POLLS = 5;

    private final WorkspaceExports exports;
    private final TenantId tenant;
    private final DateTimeFormatter moments;
    private final Grid<ExportRecord> grid = new Grid<>();
    private Registration polling;
    private int gracePolls;

    ExportsPanel(WorkspaceExports exports, TenantId tenant, DateTimeFormatter moments) {
        this.exports = exports;
        this.tenant = tenant;
        this.moments = moments;
        setPadding(false);
        Anchor download = new Anchor((DownloadHandler) event -> {
            ExportTicket ticket = exports.start(tenant);
            event.setFileName(ticket.fileName());
            event.setContentType("application/zip");
            exports.stream(ticket, event.getOutputStream());
        }, getTranslation("ops.export"));
        download.getElement().setAttribute("download", true);
        download.setId("ops-export");
        download.getElement().addEventListener("click", e -> follow());
        Locale locale = getLocale();
        grid.setId("ops-tenant-exports");
        grid.addColumn(e -> moments.format(e.startedAt())).setHeader(getTranslation("ops.export.started"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("ops.export.status." + e.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("ops.export.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("ops.export.progress-value", e.tablesDone(), e.tablesTotal(),
                NumberFormat.getIntegerInstance(locale).format(e.rows()), Sizes.bytes(e.bytes(), locale)))
                .setHeader(getTranslation("ops.export.progress"));
        grid.addColumn(e -> e.problem().or(e::sha256).orElse("")).setHeader(getTranslation("ops.export.sha"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("ops.export.empty"));
        add(new H3(getTranslation("ops.exports")), download, grid);
        refresh();
    }

    private void follow() {
        gracePolls = GRACE_POLLS;
        getUI().ifPresent(ui -> ui.setPollInterval(1000));
    }

    private boolean refresh() {
        List<ExportRecord> latest = exports.list(tenant);
        grid.setItems(latest);
        return latest.stream().anyMatch(e -> e.status() == ExportRecord.Status.RUNNING);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> {
            boolean running = refresh();
            if (!running && --gracePolls <= 0) {
                e.getSource().setPollInterval(-1);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }
}
