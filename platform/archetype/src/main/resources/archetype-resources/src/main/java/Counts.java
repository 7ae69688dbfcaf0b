package ${package};

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.CustomerRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The customers with the most footprints that the user may see, for the API and the view alike. */
public final class Counts {

    /** One customer's count; public, so that the host can write it as JSON. */
    public record Row(UUID customerId, String customer, int footprints, Instant lastAt) {
    }

    private Counts() {
    }

    static List<Row> top(PluginContext context, int limit) {
        List<Object[]> counted = context.database().inTransaction(connection -> {
            // the limit written into the SQL, not bound: PostgreSQL keeps its plan for a written limit, while a bound
            // one makes it plan the statement again at every execution
            try (PreparedStatement query = connection.prepareStatement("select customer_id, footprints, last_at"
                    + " from footprint_count where tenant_id = ? order by footprints desc, customer_id limit "
                    + Math.clamp(limit, 1, 100) * 4)) {
                query.setObject(1, context.tenant().id());
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getObject(1, UUID.class), rs.getInt(2),
                                rs.getTimestamp(3).toInstant()});
                    }
                }
                return rows;
            }
        });
        // one call names them all, and leaves out the customers this user may not see
        Map<UUID, CustomerRecord> visible = context.customers().find(counted.stream().map(r -> (UUID) r[0]).toList())
                .stream().collect(Collectors.toMap(CustomerRecord::id, Function.identity()));
        return counted.stream().filter(r -> visible.containsKey((UUID) r[0]))
                .map(r -> new Row((UUID) r[0], visible.get((UUID) r[0]).name(), (int) r[1], (Instant) r[2]))
                .limit(Math.clamp(limit, 1, 100)).toList();
    }
}
