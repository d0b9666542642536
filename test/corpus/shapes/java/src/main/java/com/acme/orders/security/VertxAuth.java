package com.acme.orders.security;

import io.smallrye.jwt.build.Jwt;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.time.Duration;
import java.util.Set;

/** The event-bus gateway (Vert.x) and the pricing service (Quarkus smallrye-jwt). */
public final class VertxAuth {

    private static final String GATEWAY_MATERIAL = "orders-vertx-gateway-material-71"; // jwtguard-expect: jwt-key-identifier
    private static final String ALGORITHM = "HS256";

    private VertxAuth() {}

    public static JWTAuth gateway(Vertx vertx) {
        return JWTAuth.create(vertx, new JWTAuthOptions()
                .addPubSecKey(new PubSecKeyOptions()
                        .setAlgorithm(ALGORITHM)
                        .setBuffer(GATEWAY_MATERIAL)));
    }

    public static JWTAuth pricingBus(Vertx vertx) {
        return JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer("orders-vertx-" + "pricing-bus-key"))); // jwtguard-expect: jwt-call-literal
    }

    public static JWTAuth fromEnvironment(Vertx vertx) {
        return JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(System.getenv("GATEWAY_JWT_SECRET"))));
    }

    public static String gatewayToken(JWTAuth auth, String user) {
        return auth.generateToken(new JsonObject().put("sub", user).put("scope", "orders"), new JWTOptions().setExpiresInMinutes(15));
    }

    public static String pricingToken(String service) {
        return Jwt.issuer("https://orders.acme.example")
                .upn(service)
                .groups(Set.of("pricing"))
                .claim("region", "eu-west-1")
                .claim("tier", "gold")
                .claim("currency", "EUR")
                .claim("channel", "b2b")
                .claim("catalogue", "2024-summer")
                .claim("build", "1.42.0")
                .expiresIn(Duration.ofMinutes(5))
                .signWithSecret("orders-quarkus-pricing-secret-4b1e7c0d9f2a5836"); // jwtguard-expect: jwt-call-literal
    }

    public static String pricingTokenFromConfig(String service, String secret) {
        return Jwt.issuer("https://orders.acme.example").upn(service).signWithSecret(secret);
    }
}
