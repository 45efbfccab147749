package com.clientele.base.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A lock held by one server is refused to another on the same database until it is closed. */
@IntegrationTest
class ClusterLocksTest {

    @Autowired
    ClusterLocks thisServer;
    @Autowired
    DataSource dataSource;

    /** Another server: its own lock provider and keep-alive on the same database. */
    ClusterLocks other;

    @AfterEach
    void stopTheOther() {
        if (other != null) {
            other.destroy();
        }
    }

    @Test
    void aHeldLockIsRefusedToAnotherServerUntilClosed() {
        other = new ClusterLocks(new JobLocks().lockProvider(dataSource));
        String name = "test:" + UUID.randomUUID();

        Optional<ClusterLocks.Held> held = thisServer.tryLock(name);
        assertThat(held).isPresent();
        assertThat(other.tryLock(name)).as("taken on another server").isEmpty();
        assertThat(thisServer.tryLock(name)).as("and on this one").isEmpty();
        assertThat(other.tryLock(name + ":other")).as("another name is another lock").isPresent().get()
                .satisfies(ClusterLocks.Held::close);

        held.get().close();

        Optional<ClusterLocks.Held> again = other.tryLock(name);
        assertThat(again).as("free once closed").isPresent();
        again.get().close();
    }
}
