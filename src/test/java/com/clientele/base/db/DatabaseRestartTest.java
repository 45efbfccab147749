package com.clientele.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.booking.BookingStatus;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;

/** The database stops and starts again under the running application, which recovers on its own. */
@IntegrationTest
class DatabaseRestartTest {

    @Autowired
    EmbeddedMariaDb database;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void databaseRunsAgain() {
        database.start();
    }

    @Test
    void requestsFailClearlyWhileTheDatabaseIsDownAndSucceedAfterItIsBack() {
        TestProvider provider = data.newProvider();
        data.book(provider, "Dora Downtime", null, BookingStatus.COMPLETED, "25.00", 1);

        database.stop();
        assertThatThrownBy(() -> data.as(provider, () -> customers.count(CustomerFilter.ALL)))
                .satisfies(error -> {
                    assertThat(error).isInstanceOfAny(DataAccessException.class, TransactionException.class);
                    assertThat(ErrorMessages.of(error)).hasValue(ErrorMessages.DATABASE_DOWN);
                });
        assertThatThrownBy(() -> data.book(provider, "Lost Write", null, BookingStatus.CONFIRMED, "10.00", 0))
                .isInstanceOfAny(DataAccessException.class, TransactionException.class);

        database.start();
        assertThat(data.as(provider, () -> customers.count(CustomerFilter.ALL))).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM provider_customer WHERE provider_id = ? AND name = 'Lost Write'")
                .param(provider.id()).query(Long.class).single()).as("nothing half-written").isZero();
        data.book(provider, "After Restart", null, BookingStatus.CONFIRMED, "10.00", 0);
        assertThat(data.as(provider, () -> customers.count(CustomerFilter.ALL))).isEqualTo(2);
    }
}
