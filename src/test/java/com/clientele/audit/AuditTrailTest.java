package com.clientele.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.demo.DemoAccounts;
import com.clientele.base.InvalidInputException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Reading the audit log: newest first, filtered in SQL; and no way to change what was written. */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditTrail trail;
    @Autowired
    TestData data;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void entriesAreListedNewestFirstAndFilteredByActionActorTargetAndTime() {
        String marker = "trail-" + System.nanoTime();
        Instant start = Instant.now().minus(1, ChronoUnit.SECONDS);
        auditLog.record(marker + "@actor.test", AuditAction.LOGIN_FAILED, marker + "@target.test", "first");
        auditLog.record(marker + "@actor.test", AuditAction.LOGIN_SUCCEEDED, marker + "@target.test", "second");
        auditLog.record("someone-else@actor.test", AuditAction.LOGIN_FAILED, marker + "@target.test", "third");
        data.login(DemoAccounts.ADMIN_EMAIL);

        assertThat(trail.list(new AuditFilter(null, null, marker, start, null), PageRequest.of(0, 10)))
                .extracting(AuditRecord::details).containsExactly("third", "second", "first");
        assertThat(trail.list(new AuditFilter(AuditAction.LOGIN_FAILED, marker.toUpperCase(), null, null, null),
                PageRequest.of(0, 10))).extracting(AuditRecord::details).containsExactly("first");
        assertThat(trail.count(new AuditFilter(null, null, marker, start, null))).isEqualTo(3);
        assertThat(trail.count(new AuditFilter(null, null, marker, null, start))).as("nothing before").isZero();
        assertThat(trail.list(new AuditFilter(null, null, marker, null, null), PageRequest.of(1, 2)))
                .extracting(AuditRecord::details).containsExactly("first");
        assertThat(trail.count(new AuditFilter(null, "%", null, null, null)))
                .as("LIKE wildcards typed by the user are taken literally").isZero();
        assertThatThrownBy(() -> trail.count(new AuditFilter(null, null, null, start, start.minusSeconds(60))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nothingInTheApplicationCanUpdateOrDeleteAnAuditEntry() {
        List<String> repositoryMethods = Arrays.stream(AuditEntryRepository.class.getMethods())
                .map(Method::getName).toList();
        assertThat(repositoryMethods).containsExactly("save");
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)).allMatch(name -> name.startsWith("get"));
        assertThat(AuditEntry.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)).containsExactlyInAnyOrder("list", "count");
    }
}
