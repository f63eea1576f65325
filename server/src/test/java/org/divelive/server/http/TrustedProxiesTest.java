package org.divelive.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which addresses are trusted proxies, and whom a proxied request's X-Forwarded-For makes its client. */
class TrustedProxiesTest {
    private static final TrustedProxies BALANCERS = TrustedProxies.parse(List.of("10.0.0.0/8", " 192.168.1.5 ",
            "fd00::/8", ""));

    private static InetAddress ip(String text) {
        InetAddress address = TrustedProxies.literal(text);
        if (address == null) {
            throw new AssertionError(text + " should be an IP literal");
        }
        return address;
    }

    @Test
    void rangesAndSingleAddressesOfBothFamiliesAreTrustedAndNothingNextToThem() {
        assertTrue(BALANCERS.trusts(ip("10.0.0.0")));
        assertTrue(BALANCERS.trusts(ip("10.255.255.255")));
        assertFalse(BALANCERS.trusts(ip("11.0.0.0")));
        assertTrue(BALANCERS.trusts(ip("192.168.1.5")));
        assertFalse(BALANCERS.trusts(ip("192.168.1.6")));
        assertTrue(BALANCERS.trusts(ip("fdab::1")));
        assertFalse(BALANCERS.trusts(ip("fe00::1")));
        TrustedProxies oddPrefix = TrustedProxies.parse(List.of("172.16.0.0/12"));
        assertTrue(oddPrefix.trusts(ip("172.31.255.1")));
        assertFalse(oddPrefix.trusts(ip("172.32.0.1")));
        assertEquals("10.0.0.0/8, 192.168.1.5, fd00:0:0:0:0:0:0:0/8", BALANCERS.toString());
        assertEquals("none", TrustedProxies.NONE.toString());
    }

    @Test
    void onlyIpLiteralsAreAddressesNeverNamesOrShortForms() {
        for (String text : List.of("localhost", "10.1", "10.0.0.256", "010.0.0.1", "1.2.3.4:80", "[::1]", "::1%lo",
                ".:1", "", " 1.2.3.4", "unknown")) {
            assertNull(TrustedProxies.literal(text), text);
        }
        assertEquals("0:0:0:0:0:0:0:1", ip("::1").getHostAddress());
        assertEquals("1.2.3.4", ip("::ffff:1.2.3.4").getHostAddress(), "an IPv4-mapped address is the IPv4 one");
    }

    @Test
    void aBadSettingIsRefusedSayingWhatToWrite() {
        String name = assertThrows(IllegalArgumentException.class,
                () -> TrustedProxies.parse(List.of("10.0.0.1", "balancer.example.org"))).getMessage();
        assertTrue(name.contains("'balancer.example.org' is not one") && name.contains("10.0.0.0/8"), name);
        String prefix = assertThrows(IllegalArgumentException.class,
                () -> TrustedProxies.parse(List.of("10.0.0.0/33"))).getMessage();
        assertTrue(prefix.contains("from 0 to 32"), prefix);
        String hostBits = assertThrows(IllegalArgumentException.class,
                () -> TrustedProxies.parse(List.of("10.1.2.3/8"))).getMessage();
        assertTrue(hostBits.contains("write 10.0.0.0/8 for the range, or 10.1.2.3 for the one address"), hostBits);
    }

    @Test
    void theClientIsTheRightmostEntryThatIsNotATrustedProxy() {
        InetAddress balancer = ip("10.0.0.2");
        // the client wrote 6.6.6.6 itself; the outer proxy appended who reached it, the inner one the outer proxy
        assertEquals("203.0.113.7", BALANCERS.client(balancer, List.of("6.6.6.6, 203.0.113.7", "10.9.9.9")));
        assertEquals("10.0.0.2", BALANCERS.client(balancer, List.of()), "the proxy's own request");
        assertEquals("10.1.1.1", BALANCERS.client(balancer, List.of("10.1.1.1, 10.2.2.2")),
                "a request that began at a trusted address");
        assertEquals("2001:db8:0:0:0:0:0:1", BALANCERS.client(balancer, List.of("2001:db8::1")));
    }

    @Test
    void anUntrustedPeerIsItselfWhateverItSends() {
        assertEquals("203.0.113.7", BALANCERS.client(ip("203.0.113.7"), List.of("1.2.3.4")));
        assertEquals("127.0.0.1", TrustedProxies.NONE.client(ip("127.0.0.1"), List.of("1.2.3.4")));
    }

    @Test
    void aBadEntryUpToTheClientMakesTheRequestTheProxysOwnButOneLeftOfItIsNeverRead() {
        InetAddress balancer = ip("10.0.0.2");
        assertEquals("10.0.0.2", BALANCERS.client(balancer, List.of("203.0.113.7, not-an-address")));
        assertEquals("10.0.0.2", BALANCERS.client(balancer, List.of("203.0.113.7,,10.1.1.1")));
        assertEquals("10.0.0.2", BALANCERS.client(balancer, List.of("")));
        assertEquals("203.0.113.7", BALANCERS.client(balancer, List.of("garbage, 203.0.113.7")),
                "what the client wrote before its own address cannot move it into the proxy's share");
    }
}
