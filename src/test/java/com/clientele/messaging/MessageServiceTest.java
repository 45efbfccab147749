package com.clientele.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.i18n.English;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MessageServiceTest {

    @Autowired
    TestData data;
    @Autowired
    MessageService messages;

    @Test
    void messageIsStoredAsQueuedForTheCustomer() {
        TestProvider provider = data.newProvider();
        BookingRef ref = data.book(provider, "Mina Message", "mina-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "20.00", 3);

        MessageSummary sent = data.as(provider, () -> messages.send(ref.customerId(),
                new NewMessage("See you soon", "Thanks for visiting!")));

        assertThat(sent.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(data.as(provider, () -> messages.forCustomer(ref.customerId())))
                .extracting(MessageSummary::subject).containsExactly("See you soon");
    }

    @Test
    void multiLineSubjectIsRefusedAndOtherProvidersCustomersAreUnknown() {
        TestProvider provider = data.newProvider();
        BookingRef ref = data.book(provider, "Hank Header", null, BookingStatus.COMPLETED, "20.00", 3);

        assertThatThrownBy(() -> data.as(provider, () -> messages.send(ref.customerId(),
                new NewMessage("Hi\r\nBcc: victim@example.com", "body"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("subject"));
        TestProvider other = data.newProvider();
        assertThatThrownBy(() -> data.as(other, () -> messages.send(ref.customerId(), new NewMessage("Hi", "there"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(data.as(provider, () -> messages.forCustomer(ref.customerId()))).isEmpty();
    }
}
