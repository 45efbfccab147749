package com.clientele.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The teams changesets (0019 onwards) on a database as it was before teams: a schema migrated up to
 * the changeset before them, holding the accounts and businesses of the test database, then
 * migrated to the end. Every business becomes a team of one owner — its own account, named as the
 * business — and admins join no team. (On the 2-million-booking benchmark dataset the same
 * migration is timed by hand: docs/performance.md.)
 */
@IntegrationTest
class TeamMigrationTest {

    private static final String SCHEMA = "team_migration_check";
    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final String FIRST_TEAM_CHANGESET = "0019-provider-team-member";

    @Autowired
    EmbeddedMariaDb db;

    @Test
    void everyBusinessOfBeforeTeamsBecomesATeamOfOneOwner() throws Exception {
        try (Connection root = DriverManager.getConnection(db.jdbcUrl(""), db.username(), db.password());
                Statement statement = root.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            statement.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(SCHEMA), db.username(), db.password())) {
                Liquibase liquibase = liquibase(connection);
                liquibase.update(changesetsBeforeTeams(liquibase), new Contexts(), new LabelExpression());
                assertThat(tables(statement)).doesNotContain("member");

                copyFromTestDatabase(statement, "account");
                copyFromTestDatabase(statement, "provider");
                long businesses = count(statement, "SELECT COUNT(*) FROM " + SCHEMA + ".provider");
                assertThat(businesses).as("businesses to migrate").isPositive();

                liquibase.update(new Contexts(), new LabelExpression());
            }

            assertThat(count(statement, "SELECT COUNT(*) FROM " + SCHEMA + ".member")).isEqualTo(
                    count(statement, "SELECT COUNT(*) FROM " + SCHEMA + ".provider"));
            assertThat(count(statement, """
                    SELECT COUNT(*) FROM %1$s.provider p
                    JOIN %1$s.account a ON a.id = p.account_id
                    JOIN %1$s.member m ON m.provider_id = p.id AND m.account_id = a.id
                    WHERE m.team_role = 'OWNER' AND m.name = p.business_name AND m.email = a.email
                      AND m.removed_at IS NULL""".formatted(SCHEMA)))
                    .as("each business's own account is its owner, named as the business")
                    .isEqualTo(count(statement, "SELECT COUNT(*) FROM " + SCHEMA + ".provider"));
            assertThat(count(statement, "SELECT COUNT(*) FROM " + SCHEMA + ".member m JOIN " + SCHEMA
                    + ".account a ON a.id = m.account_id WHERE a.role = 'ADMIN'")).as("admins join no team").isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM " + SCHEMA + ".member_invitation")).isZero();
            assertThat(tables(statement)).contains("staff_customer");
            statement.execute("DROP DATABASE " + SCHEMA);
        }
    }

    private static Liquibase liquibase(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        return new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
    }

    private static int changesetsBeforeTeams(Liquibase liquibase) throws Exception {
        List<String> ids = new ArrayList<>();
        for (ChangeSet changeSet : liquibase.getDatabaseChangeLog().getChangeSets()) {
            ids.add(changeSet.getId());
        }
        int index = ids.indexOf(FIRST_TEAM_CHANGESET);
        assertThat(index).as("the first changeset of teams is in the changelog").isPositive();
        return index;
    }

    /** The rows of a table of the test database, in the columns the older schema has. */
    private void copyFromTestDatabase(Statement statement, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = '" + SCHEMA + "' AND table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (rs.next()) {
                columns.add("`" + rs.getString(1) + "`");
            }
        }
        String list = String.join(", ", columns);
        statement.executeUpdate("INSERT INTO " + SCHEMA + "." + table + " (" + list + ") SELECT " + list + " FROM "
                + EmbeddedDatabaseConfiguration.DATABASE + "." + table);
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = '" + SCHEMA + "'")) {
            while (rs.next()) {
                tables.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return tables;
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
