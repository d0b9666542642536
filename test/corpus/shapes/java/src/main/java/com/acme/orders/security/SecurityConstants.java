package com.acme.orders.security;

/** Values shared by the security classes. */
public final class SecurityConstants {
    public static final String SIGNING = "orders-constants-signing-6b0e3f8a1c47d952"; // jwtguard-expect: jwt-key-identifier
    public static final String HEADER = "Authorization";
    public static final String PREFIX = "Bearer ";
    public static final String LOGIN_URL = "/api/login";
    public static final long EXPIRATION_MILLIS = 864_000_000L;

    private SecurityConstants() {}
}
