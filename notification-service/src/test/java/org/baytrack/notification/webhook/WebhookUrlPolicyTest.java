package org.baytrack.notification.webhook;

import org.baytrack.notification.webhook.WebhookUrlPolicy.Allowances;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookUrlPolicyTest {
    private static final Map<String, String[]> DNS = Map.of(
            "hooks.example.org", new String[]{"93.184.216.34"},
            "metadata.evil.example", new String[]{"169.254.169.254"},
            "nat64.evil.example", new String[]{"64:ff9b::a9fe:a9fe"},
            "mixed.evil.example", new String[]{"93.184.216.34", "10.0.0.5"},
            "localhost", new String[]{"127.0.0.1", "::1"});
    private static final Allowances EVERYTHING = new Allowances(true, Set.of(), true);

    private static WebhookUrlPolicy policy(Allowances allowances) {
        return new WebhookUrlPolicy(allowances, host -> {
            String[] ips = DNS.get(host);
            if (ips == null) {
                return new InetAddress[]{InetAddress.getByName(host)}; // literals only, no lookup
            }
            InetAddress[] out = new InetAddress[ips.length];
            for (int i = 0; i < ips.length; i++) {
                out[i] = InetAddress.getByName(ips[i]);
            }
            return out;
        });
    }

    /** Each address form, what it is judged as, and whether a deployment that allows everything allowable takes it. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "93.184.216.34,              PUBLIC,         true",
            "2606:2800:220:1::1,         PUBLIC,         true",
            "10.1.2.3,                   PRIVATE,        true",
            "172.16.0.1,                 PRIVATE,        true",
            "192.168.1.1,                PRIVATE,        true",
            "100.64.0.1,                 PRIVATE,        true",
            "fd12:3456::1,               PRIVATE,        true",
            "127.0.0.1,                  LOOPBACK,       true",
            "::1,                        LOOPBACK,       true",
            "0.0.0.0,                    LOOPBACK,       true",
            "224.0.0.1,                  NOT_UNICAST,    false",
            "255.255.255.255,            NOT_UNICAST,    false",
            "169.254.1.1,                LINK_LOCAL,     false",
            "fe80::1,                    LINK_LOCAL,     false",
            // cloud metadata, whatever the range it sits in
            "169.254.169.254,            CLOUD_METADATA, false",
            "169.254.170.2,              CLOUD_METADATA, false",
            "100.100.100.200,            CLOUD_METADATA, false",
            "192.0.0.192,                CLOUD_METADATA, false",
            "fd00:ec2::254,              CLOUD_METADATA, false",
            "fd00:ec2::23,               CLOUD_METADATA, false",
            // IPv4-mapped ::ffff:0:0/96
            "::ffff:169.254.169.254,     CLOUD_METADATA, false",
            "::ffff:7f00:1,              LOOPBACK,       true",
            // IPv4-compatible ::/96
            "::a9fe:a9fe,                CLOUD_METADATA, false",
            "::10.0.0.1,                 PRIVATE,        true",
            "::5db8:d822,                PUBLIC,         true",
            // NAT64 64:ff9b::/96 and the local-use 64:ff9b:1::/48
            "64:ff9b::a9fe:a9fe,         CLOUD_METADATA, false",
            "64:ff9b::7f00:1,            LOOPBACK,       true",
            "64:ff9b::5db8:d822,         PUBLIC,         true",
            "64:ff9b:1::a9fe:a9fe,       CLOUD_METADATA, false",
            "64:ff9b:1:a9fe:00a9:fe00::, CLOUD_METADATA, false",
            "64:ff9b:1::5db8:d822,       PRIVATE,        true",
            // 6to4 2002::/16
            "2002:a9fe:a9fe::1,          CLOUD_METADATA, false",
            "2002:0a00:0001::1,          PRIVATE,        true",
            "2002:5db8:d822::1,          PUBLIC,         true",
            // Teredo 2001::/32: server 93.184.216.34, client stored inverted (~169.254.169.254 = 5601:5601)
            "2001:0:5db8:d822::5601:5601, CLOUD_METADATA, false",
            "2001:0:5db8:d822::80ff:fffe, LOOPBACK,      true",
            "2001:0:5db8:d822::a247:27dd, PUBLIC,        true",
    })
    void eachAddressFormIsJudgedByWhatItReaches(String literal, AddressKind kind, boolean allowable) throws Exception {
        assertThat(AddressKind.of(InetAddress.getByName(literal))).isEqualTo(kind);
        String url = "http://" + (literal.contains(":") ? "[" + literal + "]" : literal) + ":9000/hook";
        assertThat(policy(EVERYTHING).refusal(url).isEmpty()).as(url + " " + policy(EVERYTHING).refusal(url))
                .isEqualTo(allowable);
        if (kind != AddressKind.PUBLIC) {
            assertThat(policy(Allowances.NONE).refusal(url)).as(url).isPresent();
        }
    }

    @ParameterizedTest
    @CsvSource({"metadata.google.internal", "METADATA.google.internal.", "metadata.goog", "metadata", "instance-data"})
    void cloudMetadataNamesAreRefusedBeforeAnyLookup(String host) {
        WebhookUrlPolicy p = new WebhookUrlPolicy(EVERYTHING, name -> {
            throw new AssertionError("looked up " + name);
        });
        assertThat(p.refusal("http://" + host + "/computeMetadata/v1/"))
                .hasValueSatisfying(r -> assertThat(r).contains("cloud metadata"));
    }

    @Test
    void aNameResolvingToAnEmbeddedMetadataAddressSaysWhatItReaches() {
        assertThat(policy(EVERYTHING).refusal("http://nat64.evil.example/"))
                .hasValueSatisfying(r -> assertThat(r).contains("64:ff9b").contains("169.254.169.254")
                        .contains("cloud metadata"));
    }

    @Test
    void publicAddressIsAccepted() {
        assertThat(policy(Allowances.NONE).refusal("https://hooks.example.org/baytrack")).isEmpty();
    }

    @Test
    void checkAnswersTheAddressItJudgedWithTheHostAndDefaultPort() {
        var target = policy(Allowances.NONE).check("https://hooks.example.org/baytrack?x=1").target();
        assertThat(target.address().getHostAddress()).isEqualTo("93.184.216.34");
        assertThat(target.host()).isEqualTo("hooks.example.org");
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.https()).isTrue();
        assertThat(policy(Allowances.NONE).check("http://hooks.example.org/").target().port()).isEqualTo(80);
    }

    @Test
    void loopbackIsAllowedOnlyOnTheNamedPorts() {
        WebhookUrlPolicy runner = policy(new Allowances(false, Set.of(9000, 9001), false));
        assertThat(runner.refusal("http://127.0.0.1:9000/hook")).isEmpty();
        assertThat(runner.refusal("http://localhost:9001/hook")).isEmpty();
        assertThat(runner.refusal("http://[::1]:9000/hook")).isEmpty();
        assertThat(runner.refusal("http://127.0.0.1:5432/")).hasValueSatisfying(r -> assertThat(r)
                .contains("loopback").contains("port 5432").contains("[9000, 9001]")
                .contains("--webhook-loopback-port 5432"));
        assertThat(runner.refusal("http://localhost/hook")).hasValueSatisfying(r -> assertThat(r).contains("port 80"));
        assertThat(runner.refusal("http://0.0.0.0:9092/")).isPresent();
        assertThat(policy(Allowances.NONE).refusal("http://127.0.0.1:9000/hook")).isPresent();
        assertThat(policy(new Allowances(true, Set.of(), false)).refusal("http://127.0.0.1:5432/")).isEmpty();
    }

    @Test
    void privateNetworksAreRefusedUnlessAllowed() {
        for (String url : new String[]{"http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/",
                "http://100.64.0.1/", "http://[fd12::1]/"}) {
            assertThat(policy(new Allowances(true, Set.of(), false)).refusal(url)).as(url)
                    .hasValueSatisfying(r -> assertThat(r).contains("private"));
            assertThat(policy(new Allowances(false, Set.of(), true)).refusal(url)).as(url).isEmpty();
        }
    }

    @Test
    void hostResolvingToAnyRefusedAddressIsRefused() {
        assertThat(policy(Allowances.NONE).refusal("https://mixed.evil.example/hook"))
                .hasValueSatisfying(r -> assertThat(r).contains("10.0.0.5"));
    }

    @ParameterizedTest
    @CsvSource({"http://hooks.example.org:0/, port 0", "http://hooks.example.org:65536/, port 65536",
            "http://hooks.example.org:99999/hook, port 99999", "https://hooks.example.org:99999999999/, port 99999999999"})
    void portsOutsideOneTo65535AreRefused(String url, String says) {
        assertThat(policy(EVERYTHING).refusal(url)).hasValueSatisfying(r -> assertThat(r)
                .startsWith("webhook.url").contains(says).contains("1 to 65535"));
        assertThat(policy(EVERYTHING).refusal(url.replaceAll(":\\d+/", ":65535/"))).isEmpty();
    }

    @Test
    void urlsLongerThanTwoKilobytesAreRefusedWithoutEchoingThem() {
        String base = "https://hooks.example.org/";
        String atLimit = base + "a".repeat(WebhookUrlPolicy.MAX_URL_BYTES - base.length());
        assertThat(policy(Allowances.NONE).refusal(atLimit)).isEmpty();
        assertThat(policy(Allowances.NONE).refusal(atLimit + "a")).hasValueSatisfying(r -> assertThat(r)
                .contains("2049 bytes").contains("at most 2048").doesNotContain("aaaa"));
        assertThat(policy(Allowances.NONE).refusal(base + "路".repeat(700)))
                .hasValueSatisfying(r -> assertThat(r).contains("2126 bytes"));
    }

    @Test
    void malformedOrNonHttpUrlsAreRefused() {
        WebhookUrlPolicy p = policy(EVERYTHING);
        assertThat(p.refusal("not a url")).isPresent();
        assertThat(p.refusal("ftp://hooks.example.org/")).hasValueSatisfying(r -> assertThat(r).contains("http"));
        assertThat(p.refusal("/relative/path")).isPresent();
        assertThat(p.refusal("https://user:pw@hooks.example.org/")).isPresent();
        assertThat(p.refusal("")).isPresent();
    }

    @Test
    void unresolvableHostIsRefused() {
        WebhookUrlPolicy p = new WebhookUrlPolicy(Allowances.NONE, host -> {
            throw new UnknownHostException(host);
        });
        assertThat(p.refusal("https://no-such-host.example/")).hasValueSatisfying(r -> assertThat(r).contains("resolve"));
    }
}
