package io.tacitcrm.keeper;

import io.tacitcrm.api.web.ApiContribution;
import io.tacitcrm.api.web.ApiResponse;
import io.tacitcrm.api.web.ApiRoutes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** {@code POST x/keeper/notes?text=} writes a note; {@code GET x/keeper/notes} answers every column of every note. */
@Extension
public class KeeperApi implements ApiContribution {

    @Override
    public void routes(ApiRoutes routes) {
        routes.post("notes", (request, context) -> {
            context.database().inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into note (tenant_id, text) values (?, ?)")) {
                    insert.setObject(1, context.tenant().id());
                    insert.setString(2, request.query("text").orElse(""));
                    return insert.executeUpdate();
                }
            });
            return ApiResponse.noContent();
        });
        routes.get("notes", (request, context) -> ApiResponse.ok(Map.of("items",
                context.database().inTransaction(connection -> {
                    try (PreparedStatement query = connection.prepareStatement("select * from note order by id");
                         ResultSet rs = query.executeQuery()) {
                        ResultSetMetaData columns = rs.getMetaData();
                        List<Map<String, String>> notes = new ArrayList<>();
                        while (rs.next()) {
                            Map<String, String> note = new LinkedHashMap<>();
                            for (int i = 1; i <= columns.getColumnCount(); i++) {
                                note.put(columns.getColumnName(i), rs.getString(i));
                            }
                            notes.add(note);
                        }
                        return notes;
                    }
                }))));
    }
}
