package com.clientele.provider;

import com.clientele.base.Chunks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin console's view of each business's team: how many members it has (removed ones not
 * counted) and its enabled owners. One grouped statement for the providers of a page, never one
 * per row; the owners come as a JSON array of the group, so names may hold any character.
 */
@Component
class TeamFigures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SELECT = """
            SELECT m.provider_id, COUNT(*) AS members,
                   JSON_ARRAYAGG(CASE WHEN m.team_role = 'OWNER' AND a.enabled
                                      THEN JSON_OBJECT('name', m.name, 'email', m.email) END
                                 ORDER BY m.name, m.id) AS owners
            FROM member m LEFT JOIN account a ON a.id = m.account_id
            WHERE m.provider_id IN (:providers) AND m.removed_at IS NULL
            GROUP BY m.provider_id""";

    /** A business's team as the console shows it. */
    record Team(long members, List<ProviderAccount.Owner> owners) {

        static final Team NONE = new Team(0, List.of());
    }

    private final JdbcClient jdbc;

    TeamFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The team of each provider given; providers without members are missing. */
    Map<Long, Team> of(Collection<Long> providerIds) {
        Map<Long, Team> teams = new HashMap<>();
        for (List<Long> chunk : Chunks.of(providerIds)) {
            jdbc.sql(SELECT).param("providers", chunk)
                    .query((rs, row) -> teams.put(rs.getLong("provider_id"),
                            new Team(rs.getLong("members"), owners(rs.getString("owners")))))
                    .list();
        }
        return teams;
    }

    /** The owners of a group's array; the array holds a null for each member who is not an enabled owner. */
    private static List<ProviderAccount.Owner> owners(String json) {
        List<ProviderAccount.Owner> owners = new ArrayList<>();
        for (JsonNode owner : JSON.readTree(json)) {
            if (owner.isObject()) {
                owners.add(new ProviderAccount.Owner(owner.get("name").asString(), owner.get("email").asString()));
            }
        }
        return List.copyOf(owners);
    }
}
