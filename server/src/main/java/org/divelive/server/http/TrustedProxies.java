package org.divelive.server.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reverse proxies and load balancers the server believes about who a request's client is and how it came
 * ({@code --trusted-proxy}). A request whose connection comes from one of them is counted as the client its
 * {@code X-Forwarded-For} names, and as sent with the scheme its {@code X-Forwarded-Proto} names; every other request
 * as its connection's own address and scheme, whatever headers it sends, so a server that trusts no proxy (the
 * default) cannot be fooled by a client writing the headers itself.
 */
public final class TrustedProxies {
    private static final Logger LOG = LoggerFactory.getLogger(TrustedProxies.class);
    public static final TrustedProxies NONE = new TrustedProxies(List.of());
    /** How much of a bad header entry a warning repeats: enough to recognise it, not a client's whole header. */
    private static final int SHOWN_CHARS = 60;

    /** An address range: the addresses whose first {@code prefix} bits are {@code network}'s. */
    record Range(InetAddress network, int prefix) {
        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            byte[] n = network.getAddress();
            if (a.length != n.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (a[i] != n[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            // the leading `rest` bits of the next byte
            return rest == 0 || ((a[whole] ^ n[whole]) & (0xff << (8 - rest))) == 0;
        }

        @Override
        public String toString() {
            String host = network.getHostAddress();
            return prefix == network.getAddress().length * 8 ? host : host + "/" + prefix;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * The proxies named by addresses ({@code 10.0.0.5}, {@code ::1}) or ranges ({@code 10.0.0.0/8},
     * {@code fd00::/8}); blank entries are skipped.
     *
     * @throws IllegalArgumentException naming the entry that is neither, and what a right one looks like
     */
    public static TrustedProxies parse(List<String> texts) {
        List<Range> ranges = new ArrayList<>();
        for (String text : texts) {
            String entry = text.trim();
            if (!entry.isEmpty()) {
                ranges.add(range(entry));
            }
        }
        return new TrustedProxies(ranges);
    }

    private static Range range(String entry) {
        String usage = "--trusted-proxy takes IP addresses or ranges such as 10.0.0.5, 10.0.0.0/8 or fd00::/8 "
                + "(no host names, no ports), comma-separated";
        int slash = entry.indexOf('/');
        InetAddress network = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException(usage + "; '" + entry + "' is not one");
        }
        int bits = network.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = entry.substring(slash + 1);
            prefix = length.matches("\\d{1,3}") ? Integer.parseInt(length) : -1;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException(usage + "; the prefix length of '" + entry + "' must be a number "
                        + "from 0 to " + bits);
            }
        }
        InetAddress masked = masked(network, prefix);
        if (!masked.equals(network)) {
            // 10.1.2.3/8 is a typo for one of two things; say both rather than guess
            throw new IllegalArgumentException("--trusted-proxy '" + entry + "' has bits set past its prefix: write "
                    + masked.getHostAddress() + "/" + prefix + " for the range, or " + network.getHostAddress()
                    + " for the one address");
        }
        return new Range(network, prefix);
    }

    private static InetAddress masked(InetAddress address, int prefix) {
        byte[] bytes = address.getAddress();
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }

    /**
     * The address an IP literal names, or null if the text is not one. Never asks DNS: a name (or a form like
     * {@code 10.1}, which {@link InetAddress#getByName} would read as 10.0.0.1) is not an address here.
     */
    static InetAddress literal(String text) {
        try {
            if (text.indexOf(':') >= 0) {
                // only hex digits, colons and dots (an IPv4 tail), starting with a digit or a colon: the JDK parses
                // such a text as an IPv6 literal and refuses it if it is not one, without a lookup
                boolean v6Characters = text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
                return v6Characters && (Character.digit(text.charAt(0), 16) >= 0 || text.charAt(0) == ':')
                        ? InetAddress.getByName(text) : null;
            }
            String[] parts = text.split("\\.", -1);
            if (parts.length != 4) {
                return null;
            }
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                // no leading zeros: some tools read 010 as octal 8, so it names no one address
                if (!parts[i].matches("0|[1-9]\\d{0,2}") || Integer.parseInt(parts[i]) > 255) {
                    return null;
                }
                bytes[i] = (byte) Integer.parseInt(parts[i]);
            }
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    public boolean trusts(InetAddress address) {
        for (Range range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who a request's client is: the connection's {@code peer}, unless the peer is a trusted proxy; then the
     * rightmost {@code X-Forwarded-For} entry that is not a trusted proxy (each proxy appends the address it was
     * reached from, so entries left of that one are whatever the client wrote and are never read). A proxy that
     * sent no header is the client itself (its health checks); one whose entries up to the client are not all
     * addresses is too, with a warning, since such a header says nothing reliable.
     *
     * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
     * @return the client's address as text, the key of every per-client limit and the name in logs
     */
    public String client(InetAddress peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer.getHostAddress();
        }
        List<String> entries = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",", -1)) {
                entries.add(entry.trim());
            }
        }
        InetAddress hop = peer;
        for (int i = entries.size() - 1; i >= 0; i--) {
            hop = literal(entries.get(i));
            if (hop == null) {
                String shown = entries.get(i).length() > SHOWN_CHARS ? entries.get(i).substring(0, SHOWN_CHARS) + "…"
                        : entries.get(i);
                QuietLog.warn(LOG, "x-forwarded-for", "The trusted proxy {} sent an X-Forwarded-For entry that is not "
                        + "an IP address ('{}'); such requests count as the proxy's own (send the addresses alone, "
                        + "e.g. nginx's $proxy_add_x_forwarded_for)", peer.getHostAddress(), shown);
                return peer.getHostAddress();
            }
            if (!trusts(hop)) {
                return hop.getHostAddress();
            }
        }
        // every hop was a trusted proxy: the request began at the first of them
        return hop.getHostAddress();
    }

    /**
     * The scheme the client used: a trusted proxy that took HTTPS and forwards plain HTTP says so in
     * {@code X-Forwarded-Proto}, without which the browser's {@code Origin} (https://…) would not be this site's own.
     * Anything but http or https in it is ignored, as the header of any other peer is.
     */
    public String scheme(InetAddress peer, String forwardedProto, String connectionScheme) {
        return trusts(peer) && ("https".equalsIgnoreCase(forwardedProto) || "http".equalsIgnoreCase(forwardedProto))
                ? forwardedProto.toLowerCase(Locale.ROOT) : connectionScheme;
    }

    /** The proxies as given, for the start-up log, or "none". */
    @Override
    public String toString() {
        return ranges.isEmpty() ? "none" : ranges.stream().map(Range::toString).collect(Collectors.joining(", "));
    }
}
