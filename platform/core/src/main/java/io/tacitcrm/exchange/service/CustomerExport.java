package io.tacitcrm.exchange.service;

import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.domain.SpreadsheetCells;
import io.tacitcrm.customer.domain.AccountCursor;
import io.tacitcrm.customer.domain.AccountQuery;
import io.tacitcrm.customer.domain.AccountSort;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.AccountView;
import io.tacitcrm.customer.service.ContactService;
import io.tacitcrm.customer.service.ContactView;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exports the accounts (or their contacts) the caller may see, as UTF-8 CSV with a BOM so spreadsheets read Chinese
 * correctly; every cell is neutralized against formula injection. Needs {@code customer.export}; audited.
 */
@ApplicationScoped
@Transactional
public class CustomerExport {

    private static final PageLimit BATCH = new PageLimit(PageLimit.MAX);

    private final AccountService accounts;
    private final ContactService contacts;
    private final CurrentPrincipal caller;
    private final Audit audit;

    @Inject
    public CustomerExport(AccountService accounts, ContactService contacts, CurrentPrincipal caller,
            Audit audit) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.caller = caller;
        this.audit = audit;
    }

    /** For CDI's proxy only. */
    protected CustomerExport() {
        this(null, null, null, null);
    }

    public byte[] accounts() {
        int[] count = {0};
        byte[] csv = write(List.of("id", "name", "industry", "region", "size", "valueTier", "website", "phone",
                "ownerId", "owner", "createdAt"),
                printer -> eachVisibleAccount(a -> {
                    var d = a.details();
                    print(printer, a.id().toString(), d.name(), d.industry().orElse(""), d.region().orElse(""),
                            d.size().map(Enum::name).orElse(""), d.valueTier().map(Enum::name).orElse(""), d.website()
                                    .orElse(""),
                            d.phone().orElse(""), a.ownerId().toString(), a.ownerName(), a.createdAt().toString());
                    count[0]++;
                }));
        audit.record("EXPORT", "account", caller.require().tenantId().value(), count[0] + " accounts");
        return csv;
    }

    public byte[] contacts() {
        int[] count = {0};
        byte[] csv = write(List.of("id", "accountId", "account", "name", "title", "phone", "email", "decisionRole"),
                printer -> eachVisiblePage(page -> {
                    var byAccount = contacts.ofReadableAccounts(page.stream().map(AccountView::id).toList());
                    for (AccountView a : page) {
                        for (ContactView c : byAccount.getOrDefault(a.id(), List.of())) {
                            var d = c.details();
                            print(printer, c.id().toString(), a.id().toString(), a.details().name(), d.name(),
                                    d.title().orElse(""),
                                    d.phone().orElse(""), d.email().orElse(""), d.decisionRole().name());
                            count[0]++;
                        }
                    }
                }));
        audit.record("EXPORT", "contact", caller.require().tenantId().value(), count[0] + " contacts");
        return csv;
    }

    private void eachVisibleAccount(Consumer<AccountView> each) {
        eachVisiblePage(page -> page.forEach(each));
    }

    /** The accounts the caller may see, a page of 200 at a time, by name. */
    private void eachVisiblePage(Consumer<List<AccountView>> each) {
        caller.require().require(Permission.CUSTOMER_EXPORT);
        Optional<String> cursor = Optional.empty();
        do {
            Optional<String> after = cursor;
            Page<AccountView, AccountCursor> page = accounts.list(new AccountQuery(Optional.empty(), Optional.empty(),
                    AccountSort.NAME, after.map(c -> AccountCursor.decode(c, AccountSort.NAME)), BATCH));
            each.accept(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
    }

    private static void print(CSVPrinter printer, String... cells) {
        List<String> safe = new ArrayList<>(cells.length);
        for (String cell : cells) {
            safe.add(SpreadsheetCells.neutralize(cell));
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(List<String> header, Consumer<CSVPrinter> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            rows.accept(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
