package com.clientele.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** The member of the team a booking names as serving it; a removed member keeps their name here. */
public record StaffMember(long id, String name) {

    /** The member of a row with {@code staff_member_id} and {@code staff_name} columns, or null. */
    static @Nullable StaffMember of(ResultSet rs) throws SQLException {
        Long id = rs.getObject("staff_member_id", Long.class);
        return id == null ? null : new StaffMember(id, rs.getString("staff_name"));
    }
}
