package com.example.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

public class Auth0JwtService {
    private static final String ISSUER = "auth0";
    private final Algorithm algorithm = Algorithm.HMAC256("auth0-java-jwt-secret"); // jwtguard-expect: jwt-call-literal
    private final Algorithm fromEnv = Algorithm.HMAC512(System.getenv("JWT_SECRET"));
    private final Algorithm rsa;

    public Auth0JwtService(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        this.rsa = Algorithm.RSA256(publicKey, privateKey);
    }

    public String create(String user) {
        return JWT.create().withIssuer(ISSUER).withSubject(user).sign(algorithm);
    }

    public DecodedJWT verify(String token) {
        JWTVerifier verifier = JWT.require(Algorithm.HMAC384("auth0-verifier-secret")).withIssuer(ISSUER).build(); // jwtguard-expect: jwt-call-literal
        return verifier.verify(token);
    }

    static String secretFromEnv() {
        return System.getenv().getOrDefault("JWT_SECRET", "getordefault-jwt-secret"); // jwtguard-expect: jwt-secret-fallback
    }

    static String secretFromProperty() {
        return System.getProperty("jwt.secret", "system-property-default"); // jwtguard-expect: jwt-secret-fallback
    }

    static String timeout() {
        return System.getProperty("jwt.timeout", "3600");
    }

    static String secretOrFail() {
        String secret = System.getenv("JWT_SECRET");
        if (secret == null) throw new IllegalStateException("JWT_SECRET is not set");
        return secret;
    }
}
