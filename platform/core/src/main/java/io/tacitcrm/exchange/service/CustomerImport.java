package io.tacitcrm.exchange.service;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.customer.domain.AccountDetails;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.CompanySize;
import io.tacitcrm.customer.domain.ContactDetails;
import io.tacitcrm.customer.domain.DecisionRole;
import io.tacitcrm.customer.domain.ValueTier;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.ContactService;
import io.tacitcrm.exchange.domain.ColumnMapping;
import io.tacitcrm.exchange.domain.DecodedText;
import io.tacitcrm.exchange.domain.ImportMode;
import io.tacitcrm.exchange.domain.ImportReport;
import io.tacitcrm.exchange.domain.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports accounts or contacts from a CSV file. Every row is checked first and the report lists each refused row
 * with its reasons; then all rows are imported in one transaction, or none when any is invalid — unless the user
 * chose to import only the valid ones. A dry run checks without importing.
 */
@ApplicationScoped
@Transactional
public class CustomerImport {

    /** The largest file an import reads, in MiB: the API refuses larger bodies and the import screen's upload too. */
    public static final int MAX_FILE_MIB = 50;
    public static final int MAX_FILE_BYTES = MAX_FILE_MIB * 1024 * 1024;

    /** The request: file bytes, declared charset if any, explicit column choices, mode, dry run. */
    public record Request(byte[] file, Optional<Charset> charset, Map<String, String> mapping, ImportMode mode,
            boolean dryRun,
                          String fileName) {
    }

    private static final Map<String, List<String>> ACCOUNT_FIELDS = Map.of(
            "name", List.of("客户名称", "名称", "公司", "company", "account"),
            "industry", List.of("行业"), "region", List.of("地区", "区域"), "size", List.of("规模"),
            "valueTier", List.of("价值等级", "tier"), "website", List.of("网址", "网站"), "phone", List.of("电话", "tel"));
    private static final Map<String, List<String>> CONTACT_FIELDS = Map.of(
            "accountId", List.of("客户id"), "account", List.of("客户", "客户名称", "company"),
            "name", List.of("姓名", "联系人"), "title", List.of("职务", "职位"), "phone", List.of("电话", "手机", "mobile"),
            "email", List.of("邮箱", "电子邮箱", "e-mail"), "decisionRole", List.of("决策角色", "role"));

    private final AccountService accounts;
    private final ContactService contacts;

    @Inject
    public CustomerImport(AccountService accounts, ContactService contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    /** For CDI's proxy only. */
    protected CustomerImport() {
        this(null, null);
    }

    public ImportReport accounts(Request request) {
        DecodedText text = DecodedText.of(request.file(), request.charset());
        CsvRows csv = CsvRows.parse(text.text());
        ColumnMapping columns = ColumnMapping.of(csv.header(), ACCOUNT_FIELDS, List.of("name"), request.mapping());
        Checked<AccountDetails> checked = check(csv, row -> {
            Cells c = new Cells(row, columns);
            List<FieldError> errors = new ArrayList<>();
            Optional<CompanySize> size = c.parse("size", CompanySize.class, errors);
            Optional<ValueTier> tier = c.parse("valueTier", ValueTier.class, errors);
            return whole(errors, () -> new AccountDetails(c.text("name").orElse(""), c.text("industry"),
                    c.text("region"), size,
                    tier, c.text("website"), c.text("phone")));
        });
        int imported = importable(request, checked) ? accounts.openAll(checked.valid(), request.fileName()) : 0;
        return report(text, csv, imported, request, checked);
    }

    public ImportReport contacts(Request request) {
        DecodedText text = DecodedText.of(request.file(), request.charset());
        CsvRows csv = CsvRows.parse(text.text());
        ColumnMapping columns = ColumnMapping.of(csv.header(), CONTACT_FIELDS, List.of("name"), request.mapping());
        if (columns.column("accountId").isEmpty() && columns.column("account").isEmpty()) {
            throw InvalidInputException.of("file", "column.missing",
                    "has no column for accountId or account (the customer's name)");
        }
        Map<String, List<AccountId>> byName = columns.column("account").map(index -> accounts.editableNamed(
                csv.rows().stream().map(r -> index < r.size() ? r.get(index) : "").filter(s -> !s.isBlank()).distinct()
                        .toList()))
                .orElse(Map.of());
        Set<AccountId> editable = columns.column("accountId").map(index -> accounts.editableAmong(csv.rows().stream()
                .map(r -> index < r.size() ? accountId(r.get(index).strip()) : Optional.<AccountId>empty())
                .flatMap(Optional::stream).distinct().toList())).orElse(Set.of());
        Checked<Map.Entry<AccountId, ContactDetails>> checked = check(csv, row -> {
            Cells c = new Cells(row, columns);
            List<FieldError> errors = new ArrayList<>();
            Optional<DecisionRole> role = c.parse("decisionRole", DecisionRole.class, errors);
            Optional<AccountId> account = account(c, byName, editable, errors);
            ContactDetails details = whole(errors, () -> new ContactDetails(c.text("name").orElse(""), c.text("title"),
                    c.text("phone"), c.text("email"), role.orElse(DecisionRole.OTHER)));
            return Map.entry(account.orElseThrow(), details);
        });
        int imported = importable(request, checked) ? contacts.addAll(checked.valid(), request.fileName()) : 0;
        return report(text, csv, imported, request, checked);
    }

    private static Optional<AccountId> account(Cells c, Map<String, List<AccountId>> byName, Set<AccountId> editable,
                                               List<FieldError> errors) {
        Optional<String> id = c.text("accountId");
        if (id.isPresent()) {
            Optional<AccountId> account = accountId(id.get()).filter(editable::contains);
            if (account.isPresent()) {
                return account;
            }
            errors.add(new FieldError("accountId", "account.unknown", "is not a customer you may edit"));
            return Optional.empty();
        }
        List<AccountId> named = c.text("account").map(n -> byName.getOrDefault(n, List.of())).orElse(List.of());
        if (named.size() == 1) {
            return Optional.of(named.getFirst());
        }
        errors.add(new FieldError("account", named.isEmpty() ? "account.unknown" : "account.ambiguous",
                named.isEmpty() ? "names no customer you may edit" : "names several customers; use accountId"));
        return Optional.empty();
    }

    /** The id in a cell; empty when it is not one (reported like any other unknown account). */
    private static Optional<AccountId> accountId(String cell) {
        try {
            return Optional.of(new AccountId(UUID.fromString(cell)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Builds the value, reporting its own broken rules together with those already found in the row. */
    private static <T> T whole(List<FieldError> errors, Supplier<T> build) {
        try {
            T value = build.get();
            if (errors.isEmpty()) {
                return value;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }

    private record Checked<T>(List<T> valid, List<RowProblem> problems, int invalidRows) {
    }

    private static <T> Checked<T> check(CsvRows csv, Function<CSVRecord, T> read) {
        List<T> valid = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        int invalid = 0;
        for (CSVRecord row : csv.rows()) {
            try {
                valid.add(read.apply(row));
            } catch (InvalidInputException e) {
                invalid++;
                for (FieldError error : e.errors()) {
                    if (problems.size() < ImportReport.PROBLEMS_LISTED) {
                        problems.add(new RowProblem(CsvRows.line(row), error.field(), error.code(), error.message()));
                    }
                }
            }
        }
        return new Checked<>(valid, problems, invalid);
    }

    private static boolean importable(Request request, Checked<?> checked) {
        return !request.dryRun() && !checked.valid().isEmpty()
                && (checked.invalidRows() == 0 || request.mode() == ImportMode.VALID_ROWS);
    }

    private static ImportReport report(DecodedText text, CsvRows csv, int imported, Request request,
            Checked<?> checked) {
        return new ImportReport(text.charset().name(), csv.rows().size(), imported, request.dryRun(), request.mode(),
                checked.problems());
    }

    /** The cells of one row by field, trimmed; absent when the column is not mapped or the cell is blank. */
    private record Cells(CSVRecord row, ColumnMapping columns) {

        Optional<String> text(String field) {
            return columns.column(field).filter(i -> i < row.size()).map(row::get).map(String::strip).filter(s
                    -> !s.isEmpty());
        }

        <E extends Enum<E>> Optional<E> parse(String field, Class<E> type, List<FieldError> errors) {
            return text(field).flatMap(value -> {
                try {
                    return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_')));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(field, "enum", "must be one of "
                            + Arrays.toString(type.getEnumConstants())));
                    return Optional.empty();
                }
            });
        }
    }
}
