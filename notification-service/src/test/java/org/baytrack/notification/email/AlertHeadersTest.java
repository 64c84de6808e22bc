package org.baytrack.notification.email;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlertHeadersTest {
    private final AlertHeaders headers = new AlertHeaders("mail.example", "leave@mail.example", "https://alerts.example/");

    @Test
    void everyAlertOfAProjectRefersToTheSameThreadRoot() {
        var first = headers.headers("ev-1", "huangmaohai-passage", "sub-1", "tok");
        var second = headers.headers("ev-2", "huangmaohai-passage", "sub-1", "tok");
        var other = headers.headers("ev-3", "zhongkai-expressway", "sub-1", "tok");
        assertThat(first.get("In-Reply-To")).isEqualTo("<project.huangmaohai-passage@mail.example>")
                .isEqualTo(first.get("References")).isEqualTo(second.get("References"));
        assertThat(other.get("References")).isNotEqualTo(first.get("References"));
        assertThat(first.get("Message-ID")).isNotEqualTo(second.get("Message-ID"))
                .isNotEqualTo(first.get("References"));
    }

    @Test
    void anAgreementsAlertsShareAThreadOfTheirOwn() {
        var first = headers.agreementHeaders("ev-1", "agr-1", "sub-1", "tok");
        var second = headers.agreementHeaders("ev-2", "agr-1", "sub-1", "tok");
        assertThat(first.get("In-Reply-To")).isEqualTo("<agreement.agr-1@mail.example>")
                .isEqualTo(first.get("References")).isEqualTo(second.get("References"));
        assertThat(headers.agreementThreadRoot("p")).isNotEqualTo(headers.threadRoot("p"));
        assertThat(first.get("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void aRetriedSendKeepsItsMessageIdButEachSubscriberGetsItsOwn() {
        assertThat(headers.messageId("ev-1", "sub-1")).isEqualTo(headers.messageId("ev-1", "sub-1"))
                .isNotEqualTo(headers.messageId("ev-1", "sub-2"))
                .startsWith("<").endsWith("@mail.example>");
    }

    @Test
    void listUnsubscribeOffersMailtoAndTheOneClickUrl() {
        var h = headers.headers("ev-1", "p", "sub-1", "tok-123");
        assertThat(h.get("List-Unsubscribe"))
                .isEqualTo("<mailto:leave@mail.example?subject=unsubscribe%20tok-123>, "
                        + "<https://alerts.example/unsubscribe/tok-123>");
        assertThat(h.get("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void idsOutsideTheDotAtomCannotBreakTheHeader() {
        assertThat(headers.threadRoot("a b<c>@d")).isEqualTo("<project.a_b_c__d@mail.example>");
    }
}
