package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Instant;

public final class Tokens {
    private static final String ISSUER = "example-auth";
    private static final String SIGNING = "java-hmac-phrase-41"; // jwtguard-expect: jwt-key-identifier
    private static final String HEADER = "Authorization";

    private Tokens() {}

    public static String issue(String subject) {
        return JWT.create()
            .withIssuer(ISSUER)
            .withSubject(subject)
            .withExpiresAt(Instant.now().plusSeconds(900))
            .sign(Algorithm.HMAC256(SIGNING));
    }

    public static String header() {
        return HEADER;
    }
}
