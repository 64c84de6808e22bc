package org.baytrack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a stack started on free ports. A port the kernel hands out for {@code bind(0)} lies in its ephemeral
 * range, which is also where it picks the local port of every outgoing connection: between the pick and the moment
 * a service binds it, a Kafka or HTTP client may take it. So the ports come from just below that range, where only
 * an explicit bind can claim them, and none is handed out twice by this JVM.
 */
public final class FreePorts {
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int SPAN = 12_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int next() {
        int top = ephemeralStart();
        int bottom = Math.max(1024, top - SPAN);
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(bottom, top);
            if (HANDED_OUT.add(port) && isFree(port)) {
                return port;
            }
        }
        return fromKernel();
    }

    /** The first port of the kernel's ephemeral range (32768 where the kernel does not say). */
    static int ephemeralStart() {
        try {
            // readString stops after one byte of a /proc file, which claims a size of 0
            String[] range = Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int fromKernel() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
