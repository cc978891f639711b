package com.satops.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * An H2 trigger on {@code stg_merge_file} that deletes one staged CRM row of
 * each file a merge lists: rows lost between staging and the merge, as a fault
 * of the program or the database would lose them.
 */
public class LoseAStagedRow implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM stg_crm WHERE file_id = ? LIMIT 1")) {
            delete.setObject(1, newRow[0]);
            delete.executeUpdate();
        }
    }
}
