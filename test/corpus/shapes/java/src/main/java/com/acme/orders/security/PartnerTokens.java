package com.acme.orders.security;

import static com.auth0.jwt.algorithms.Algorithm.HMAC256;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.RSAKeyProvider;
import java.time.Instant;

/** Callback tokens for fulfilment partners (auth0 java-jwt). */
public class PartnerTokens {

    private static final String CALLBACK = "partner-" + "callback-" + "auth0-key"; // jwtguard-expect: jwt-key-identifier
    private static final String ISSUER = "orders";

    private final Algorithm callback = Algorithm.HMAC256(CALLBACK);
    private final Algorithm replies = HMAC256("partner-replies-static-import"); // jwtguard-expect: jwt-call-literal
    private final Algorithm signedByPartner;
    private final JWTVerifier replyVerifier;

    public PartnerTokens(RSAKeyProvider partnerKeys) {
        this.signedByPartner = Algorithm.RSA256(partnerKeys);
        this.replyVerifier = JWT.require(replies).withIssuer("partner").build();
    }

    public String callbackToken(String partnerId, String event) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withAudience(partnerId)
                .withClaim("event", event)
                .withIssuedAt(Instant.now())
                .withExpiresAt(Instant.now().plusSeconds(300))
                .sign(callback);
    }

    public String manifestToken(String day) {
        return JWT.create().withIssuer(ISSUER).withClaim("day", day).sign(com.auth0.jwt.algorithms.Algorithm.HMAC512("partner-manifest-fq-key")); // jwtguard-expect: jwt-call-literal
    }

    public DecodedJWT readReply(String token) {
        try {
            return replyVerifier.verify(token);
        } catch (JWTVerificationException e) {
            return null;
        }
    }

    public DecodedJWT readStatus(String token) {
        return JWT.require(signedByPartner).withIssuer("partner").build().verify(token);
    }

    public DecodedJWT readFromEnv(String token) {
        return JWT.require(Algorithm.HMAC256(System.getenv("PARTNER_HMAC"))).build().verify(token);
    }
}
