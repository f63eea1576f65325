package org.divelive.server.classes.api;

import static org.divelive.server.runs.api.ApiRequests.bearerToken;
import static org.divelive.server.runs.api.ApiRequests.unauthorized;

import java.util.Optional;

import io.javalin.http.Context;
import org.divelive.server.classes.Learner;
import org.divelive.server.classes.Secrets;
import org.divelive.server.classes.store.ClassStore;
import org.divelive.server.http.RequestClient;
import org.divelive.server.limits.FailureThrottle;
import org.divelive.server.runs.Tokens;
import org.divelive.server.runs.api.ApiError;
import org.divelive.server.runs.api.ApiRequests;

/**
 * Who is asking: the instructor (the server's admin token) or a learner (their learner token), each sent as
 * {@code Authorization: Bearer TOKEN} and compared digest to digest in constant time.
 */
public final class Access {
    private final ClassStore store;
    private final byte[] adminTokenDigest;
    private final FailureThrottle wrongTokens;

    /**
     * @param wrongTokens counts each client's wrong admin tokens; the run API's, so guesses through either API share
     *                    one allowance
     */
    public Access(ClassStore store, String adminToken, FailureThrottle wrongTokens) {
        this.store = store;
        this.adminTokenDigest = adminToken != null ? Tokens.digest(adminToken) : null;
        this.wrongTokens = wrongTokens;
    }

    void requireAdmin(Context ctx, String what) {
        if (adminTokenDigest == null) {
            throw new ApiError(403, "the instructor's endpoints are off: start the server with --admin-token (or "
                    + "DIVELIVE_ADMIN_TOKEN) to allow " + what);
        }
        String token = bearerToken(ctx, what + " needs the admin token");
        ApiRequests.refuseIfThrottled(ctx, wrongTokens, "tokens");
        if (!Tokens.matches(token, adminTokenDigest)) {
            wrongTokens.failed(RequestClient.of(ctx));
            throw unauthorized(ctx, "this is not the admin token");
        }
    }

    Learner requireLearner(Context ctx, String what) {
        return learner(bearerToken(ctx, what + " needs your learner token (from joining a class)"))
                .orElseThrow(() -> unauthorized(ctx, "this learner token is not known here: the class may have "
                        + "been deleted, or this device signed out because you signed in on more than "
                        + ClassRoutes.MAX_DEVICES + " others (use your recovery code)"));
    }

    /** The learner a token belongs to, if it is a current learner token. */
    public Optional<Learner> learner(String token) {
        long id = Secrets.learnerId(token);
        if (id <= 0) {
            return Optional.empty();
        }
        boolean known = false;
        for (byte[] digest : store.tokenDigests(id)) {
            known |= Tokens.matches(token, digest); // every device compared: the time does not tell which matched
        }
        return known ? store.findLearner(id) : Optional.empty();
    }
}
