package com.clientele.workspace.api;

import static com.clientele.workspace.api.CustomerListApiTest.assertBadParameter;
import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.customer.CustomerExport;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerSort;
import com.clientele.customer.CustomerStatus;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET …/customers/export/?format=csv gives byte for byte what the customers workspace downloads. */
@IntegrationTest
class CustomerExportApiTest {

    static final String EXPORT = ApiClient.DASHBOARD + "/customers/export/";

    @LocalServerPort
    int port;
    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerExport export;

    Fixture fixture;
    ApiClient api;

    @BeforeEach
    void setUp() {
        fixture = workspace.create();
        api = ApiClient.at(port, data.apiToken(fixture.provider()));
    }

    @Test
    void theExportIsTheWorkspacesExport() {
        Response all = api.get(EXPORT + "?format=csv");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(all.header("Content-Disposition")).isEqualTo("attachment; filename=\"customers-"
                + LocalDate.now(ZoneId.of("Europe/London")) + ".csv\"");
        assertThat(all.bytes()).isEqualTo(workspaceExport(CustomerFilter.ALL, CustomerOrder.DEFAULT));
        assertThat(all.body().lines()).hasSize(8);
        assertThat(all.body()).contains("Anna Regular", Workspace.WILDCARD_NAME);
    }

    @Test
    void theExportFollowsSearchStatusAndOrdering() {
        Response news = api.get(EXPORT + "?format=csv&status=new&ordering=-name");
        Response search = api.get(EXPORT + "?search=returning");
        Response spent = api.get(EXPORT + "?ordering=total_spent");

        assertThat(news.bytes()).isEqualTo(workspaceExport(new CustomerFilter(null, CustomerStatus.NEW),
                new CustomerOrder(CustomerSort.NAME, true)));
        assertThat(news.body().lines()).hasSize(4);
        assertThat(search.bytes()).isEqualTo(workspaceExport(new CustomerFilter("returning", null),
                CustomerOrder.DEFAULT));
        assertThat(search.body().lines().skip(1)).singleElement().asString().contains("Bob Returning");
        assertThat(spent.bytes()).isEqualTo(workspaceExport(CustomerFilter.ALL,
                new CustomerOrder(CustomerSort.TOTAL_SPENT, false)));
    }

    @Test
    void onlyCsvIsOfferedAndBadParametersAreNamed() {
        assertBadParameter(api.get(EXPORT + "?format=xlsx"), "format");
        assertBadParameter(api.get(EXPORT + "?format=json"), "format");
        assertBadParameter(api.get(EXPORT + "?status=gold"), "status");
        assertBadParameter(api.get(EXPORT + "?ordering=email"), "ordering");
        assertThat(api.get(EXPORT + "?format=CSV").status()).isEqualTo(200);
    }

    private byte[] workspaceExport(CustomerFilter filter, CustomerOrder order) {
        var out = new ByteArrayOutputStream();
        data.as(fixture.provider(), () -> export.write(filter, order, out));
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\uFEFF\"customer_id\",\"name\",");
        return out.toByteArray();
    }
}
