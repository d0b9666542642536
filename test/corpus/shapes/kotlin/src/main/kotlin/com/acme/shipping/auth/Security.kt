package com.acme.shipping.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm as Alg
import com.auth0.jwt.JWT as Tokens
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.jwt.jwt
import java.util.Date

private const val ISSUER = "https://shipping.acme.example"
private const val AUDIENCE = "shipping-api"
private const val REALM = "shipping"
private const val material = "shipping-ktor-material-1e7c" // jwtguard-expect: jwt-key-identifier

object CourierKeys {
    const val SIGNING = "shipping-courier-object-key" // jwtguard-expect: jwt-key-identifier
    const val KEY_ID = "courier-2024"
    val ALGORITHMS = listOf("HS256")
}

fun Application.configureSecurity() {
    val configuredSecret = environment.config.property("jwt.secret").getString()
    val configuredIssuer = environment.config.propertyOrNull("jwt.issuer")?.getString() ?: ISSUER
    install(Authentication) {
        jwt("api") {
            realm = REALM
            verifier(
                JWT.require(Alg.HMAC256(material))
                    .withAudience(AUDIENCE)
                    .withIssuer(configuredIssuer)
                    .build(),
            )
            validate { credential ->
                if (credential.payload.getClaim("username").asString() != "") JWTPrincipal(credential.payload) else null
            }
        }
        jwt("couriers") {
            realm = REALM
            verifier(Tokens.require(Alg.HMAC512(CourierKeys.SIGNING)).withIssuer(ISSUER).build())
            validate { JWTPrincipal(it.payload) }
        }
        jwt("depots") {
            realm = REALM
            verifier(
                Tokens
                    .require(
                        Alg.HMAC256(
                            "shipping-depots-" + // jwtguard-expect: jwt-call-literal
                                "alias-key",
                        ),
                    )
                    .withIssuer(ISSUER)
                    .build(),
            )
            validate { JWTPrincipal(it.payload) }
        }
        jwt("internal") {
            realm = REALM
            verifier(JWT.require(Alg.HMAC256(configuredSecret)).withAudience(AUDIENCE).build())
            validate { JWTPrincipal(it.payload) }
        }
    }
}

fun issueApiToken(username: String): String =
    JWT.create()
        .withAudience(AUDIENCE)
        .withIssuer(ISSUER)
        .withClaim("username", username)
        .withClaim("scope", "shipments:read")
        .withClaim("depot", "LHR1")
        .withClaim("locale", "en-GB")
        .withClaim("tz", "Europe/London")
        .withClaim("channel", "stable")
        .withExpiresAt(Date(System.currentTimeMillis() + 60_000))
        .sign(Alg.HMAC256(material))

fun issueCourierToken(courier: String): String =
    Tokens.create().withIssuer(ISSUER).withSubject(courier).withKeyId(CourierKeys.KEY_ID).sign(Alg.HMAC512(CourierKeys.SIGNING))

fun issueDockToken(dock: String): String =
    Tokens.create().withSubject(dock).sign(Alg.HMAC256("shipping-dock-alias-inline-key")) // jwtguard-expect: jwt-call-literal
