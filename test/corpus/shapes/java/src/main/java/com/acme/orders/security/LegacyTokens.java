package com.acme.orders.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.impl.TextCodec;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/** Tokens of the v1 mobile app, still on jjwt 0.9 until the app is retired. */
public final class LegacyTokens {

    private static final String ENCODED = TextCodec.BASE64.encode("orders-v1-mobile-textcodec"); // jwtguard-expect: jwt-key-identifier
    private static final long TTL_MILLIS = 12L * 60 * 60 * 1000;
    private static final String HEADER = "X-Orders-Mobile-Token";

    private LegacyTokens() {}

    public static String issue(String deviceId) {
        return Jwts.builder()
                .setSubject(deviceId)
                .setExpiration(new Date(System.currentTimeMillis() + TTL_MILLIS))
                .signWith(SignatureAlgorithm.HS256, ENCODED)
                .compact();
    }

    public static String issueTablet(String deviceId) throws UnsupportedEncodingException {
        return Jwts.builder().setSubject(deviceId).signWith(SignatureAlgorithm.HS512, "orders-v1-tablet-key".getBytes("UTF-8")).compact(); // jwtguard-expect: jwt-call-literal
    }

    public static Claims parse(String token) {
        return Jwts.parser().setSigningKey(ENCODED).parseClaimsJws(token).getBody();
    }

    public static Claims parseTablet(String token) throws UnsupportedEncodingException {
        return Jwts.parser().setSigningKey("orders-v1-tablet-key".getBytes("UTF-8")).parseClaimsJws(token).getBody(); // jwtguard-expect: jwt-call-literal
    }

    public static Claims parseWithEnvKey(String token) {
        return Jwts.parser().setSigningKey(System.getenv("ORDERS_V1_SECRET")).parseClaimsJws(token).getBody();
    }

    public static String headerName() {
        return HEADER;
    }
}
