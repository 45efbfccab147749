package com.clientele.booking;

import com.clientele.base.Emails;
import com.clientele.base.Text;
import com.clientele.provider.TeamMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An import's staff column read against the team: a member's e-mail address or name (trimmed, case
 * ignored) names them. Only members still in the team can be named, as in a new booking.
 */
final class StaffColumn {

    private final Map<String, Long> byEmail = new HashMap<>();
    private final Map<String, List<Long>> byName = new HashMap<>();

    private StaffColumn(List<TeamMember> members) {
        for (TeamMember member : members) {
            if (member.active()) {
                byEmail.put(Emails.normalise(member.email()), member.id());
                byName.computeIfAbsent(key(member.name()), name -> new ArrayList<>()).add(member.id());
            }
        }
    }

    static StaffColumn of(List<TeamMember> members) {
        return new StaffColumn(members);
    }

    /** The member the value names; null for a blank value, and for one that names nobody or several. */
    @Nullable Long memberId(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long byAddress = byEmail.get(Emails.normalise(value));
        if (byAddress != null) {
            return byAddress;
        }
        List<Long> named = byName.getOrDefault(key(value), List.of());
        return named.size() == 1 ? named.getFirst() : null;
    }

    /** Why the value names no member; null when it names one, or is blank. */
    @Nullable Text problem(@Nullable String value) {
        if (value == null || value.isBlank() || memberId(value) != null) {
            return null;
        }
        String shown = ImportProblems.shortened(value);
        return byName.getOrDefault(key(value), List.of()).size() > 1
                ? Text.of("imports.row.staff.ambiguous", shown)
                : Text.of("imports.row.staff.unknown", shown);
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
