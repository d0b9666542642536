package com.acme.auth;

import io.jsonwebtoken.Jwts;
import java.util.List;

public final class TokenMaterial {
    static final String MEDIA_TYPE = "application/json";
    static final String HANDLER = "camelCaseFunctionName";

    static final String MATERIAL = "79QYjj6uWtpQrSX1lw"; // jwtguard-expect: jwt-high-entropy-near-call
    static final List<String> RETIRED = List.of("goXisfeEQD3SySMFjHj"); // jwtguard-expect: jwt-high-entropy-near-call

    private TokenMaterial() {}
}
