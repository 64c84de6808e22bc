package org.baytrack.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What kind of network an address belongs to, for {@link WebhookUrlPolicy}. IPv6 forms that carry an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo) reach that IPv4 address through a translator or tunnel, so
 * {@link #of(InetAddress)} judges the embedded addresses as well and answers the kind that is refused first.
 */
public enum AddressKind {
    PUBLIC, PRIVATE, LOOPBACK, NOT_UNICAST, LINK_LOCAL, CLOUD_METADATA;

    /** Instance metadata services of the clouds (AWS, ECS, EKS, GCP, Azure, Alibaba, Oracle, Tencent, Scaleway). */
    private static final Set<String> METADATA_ADDRESSES = Set.of("169.254.169.254", "169.254.170.2", "169.254.170.23",
            "100.100.100.200", "192.0.0.192", "169.254.0.23", "169.254.42.42");
    private static final Set<String> METADATA_IPV6 = Set.of("fd00:ec2:0:0:0:0:0:254", "fd00:ec2:0:0:0:0:0:23",
            "fd00:42:0:0:0:0:0:42");

    /** The addresses a connection to {@code address} can end up at: itself, then the IPv4 addresses it carries. */
    static List<InetAddress> reachable(InetAddress address) {
        List<InetAddress> all = new ArrayList<>();
        all.add(address);
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                all.add(ipv4(b, 12)); // ::ffff:0:0/96 IPv4-mapped
            } else if (isZero(b, 0, 12) && !isZero(b, 12, 16) && !address.isLoopbackAddress()) {
                all.add(ipv4(b, 12)); // ::/96 IPv4-compatible
            } else if (prefix(b, 0x00, 0x64, 0xff, 0x9b) && isZero(b, 4, 12)) {
                all.add(ipv4(b, 12)); // 64:ff9b::/96 well-known NAT64
            } else if (prefix(b, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01)) {
                // 64:ff9b:1::/48 local-use NAT64: the operator picks the prefix length, so every RFC 6052 position
                // that holds a destination (/96, /48, /56, /64)
                for (InetAddress embedded : List.of(ipv4(b, 12), ipv4(new byte[]{b[6], b[7], b[9], b[10]}, 0),
                        ipv4(new byte[]{b[7], b[9], b[10], b[11]}, 0), ipv4(b, 9))) {
                    if (embedded.getAddress()[0] != 0) { // 0.0.0.0/8 is what a position holds when another is used
                        all.add(embedded);
                    }
                }
            } else if (prefix(b, 0x20, 0x02)) {
                all.add(ipv4(b, 2)); // 2002::/16 6to4
            } else if (prefix(b, 0x20, 0x01, 0x00, 0x00)) {
                all.add(ipv4(b, 4)); // 2001::/32 Teredo: the server, then the client, stored inverted
                all.add(ipv4(new byte[]{(byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15]}, 0));
            }
        }
        return all;
    }

    /** The most restricted kind among {@code address} and the addresses it carries. */
    public static AddressKind of(InetAddress address) {
        AddressKind worst = PUBLIC;
        for (InetAddress a : reachable(address)) {
            AddressKind kind = plain(a);
            if (kind.compareTo(worst) > 0) {
                worst = kind;
            }
        }
        return worst;
    }

    /** The address that made {@link #of} answer what it did: the embedded one when that is more restricted. */
    public static InetAddress culprit(InetAddress address) {
        AddressKind kind = of(address);
        return reachable(address).stream().filter(a -> plain(a) == kind).findFirst().orElse(address);
    }

    private static AddressKind plain(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address ? METADATA_ADDRESSES.contains(address.getHostAddress())
                : METADATA_IPV6.contains(address.getHostAddress())) {
            return CLOUD_METADATA;
        }
        if (address.isLinkLocalAddress()) {
            return LINK_LOCAL;
        }
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            return LOOPBACK;
        }
        if (address.isMulticastAddress()) {
            return NOT_UNICAST;
        }
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            if (first == 0 || first >= 240) {
                return NOT_UNICAST; // "this network", reserved and broadcast
            }
            if (address.isSiteLocalAddress() || first == 100 && (b[1] & 0xc0) == 64 // 100.64.0.0/10 carrier-grade NAT
                    || first == 192 && b[1] == 0 && b[2] == 0 // 192.0.0.0/24 protocol assignments
                    || first == 198 && (b[1] & 0xfe) == 18) { // 198.18.0.0/15 benchmarking
                return PRIVATE;
            }
            return PUBLIC;
        }
        if (address.isSiteLocalAddress() || (b[0] & 0xfe) == 0xfc || prefix(b, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01)) {
            return PRIVATE; // fec0::/10, fc00::/7 unique local, 64:ff9b:1::/48 local-use NAT64
        }
        return PUBLIC;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean prefix(byte[] b, int... leading) {
        for (int i = 0; i < leading.length; i++) {
            if ((b[i] & 0xff) != leading[i]) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(new byte[]{b[from], b[from + 1], b[from + 2], b[from + 3]});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
