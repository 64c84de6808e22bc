package org.baytrack.notification.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookUrlPolicyTest {
    private static final Map<String, String[]> DNS = Map.of(
            "hooks.example.org", new String[]{"93.184.216.34"},
            "metadata.evil.example", new String[]{"169.254.169.254"},
            "mixed.evil.example", new String[]{"93.184.216.34", "10.0.0.5"},
            "localhost", new String[]{"127.0.0.1", "::1"});

    private static WebhookUrlPolicy policy(boolean loopback, boolean privateNets) {
        return new WebhookUrlPolicy(loopback, privateNets, host -> {
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

    @Test
    void publicAddressIsAccepted() {
        assertThat(policy(false, false).refusal("https://hooks.example.org/baytrack")).isEmpty();
    }

    @Test
    void cloudMetadataAddressIsRefusedEvenWhenLoopbackAndPrivateAreAllowed() {
        assertThat(policy(true, true).refusal("http://169.254.169.254/latest/meta-data"))
                .hasValueSatisfying(r -> assertThat(r).contains("link-local"));
        assertThat(policy(true, true).refusal("http://metadata.evil.example/"))
                .hasValueSatisfying(r -> assertThat(r).contains("169.254.169.254"));
    }

    @Test
    void ipv6LinkLocalAndIpv4MappedMetadataAreRefused() {
        assertThat(policy(true, true).refusal("http://[fe80::1]/hook")).isPresent();
        assertThat(policy(true, true).refusal("http://[::ffff:169.254.169.254]/hook")).isPresent();
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        assertThat(policy(false, true).refusal("http://127.0.0.1:9000/hook"))
                .hasValueSatisfying(r -> assertThat(r).contains("loopback"));
        assertThat(policy(false, true).refusal("http://localhost:9000/hook")).isPresent();
        assertThat(policy(false, false).refusal("http://0.0.0.0:9000/hook")).isPresent();
        assertThat(policy(true, false).refusal("http://127.0.0.1:9000/hook")).isEmpty();
        assertThat(policy(true, false).refusal("http://localhost:9000/hook")).isEmpty();
    }

    @Test
    void privateNetworksAreRefusedUnlessAllowed() {
        for (String url : new String[]{"http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/",
                "http://100.64.0.1/", "http://[fd00:ec2::254]/"}) {
            assertThat(policy(true, false).refusal(url)).as(url)
                    .hasValueSatisfying(r -> assertThat(r).contains("private"));
            assertThat(policy(false, true).refusal(url)).as(url).isEmpty();
        }
    }

    @Test
    void hostResolvingToAnyRefusedAddressIsRefused() {
        assertThat(policy(false, false).refusal("https://mixed.evil.example/hook"))
                .hasValueSatisfying(r -> assertThat(r).contains("10.0.0.5"));
    }

    @Test
    void malformedOrNonHttpUrlsAreRefused() {
        WebhookUrlPolicy p = policy(true, true);
        assertThat(p.refusal("not a url")).isPresent();
        assertThat(p.refusal("ftp://hooks.example.org/")).hasValueSatisfying(r -> assertThat(r).contains("http"));
        assertThat(p.refusal("/relative/path")).isPresent();
        assertThat(p.refusal("https://user:pw@hooks.example.org/")).isPresent();
        assertThat(p.refusal("")).isPresent();
    }

    @Test
    void unresolvableHostIsRefused() {
        WebhookUrlPolicy p = new WebhookUrlPolicy(false, false, host -> {
            throw new UnknownHostException(host);
        });
        assertThat(p.refusal("https://no-such-host.example/")).hasValueSatisfying(r -> assertThat(r).contains("resolve"));
    }
}
