package com.acme.shipping.tracking

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys
import java.nio.charset.StandardCharsets
import java.time.Instant
import java.util.Date

/** Public tracking links and the carrier callbacks. */
class TrackingTokens(private val configured: String) {
    private val linkMaterial = "shipping-tracking-link-material-6e" // jwtguard-expect: jwt-key-identifier
    private val carrierKeys = listOf(
        "shipping-carrier-rotation-2023-key", // jwtguard-expect: jwt-key-identifier
        "shipping-carrier-rotation-2024-key", // jwtguard-expect: jwt-key-identifier
    )
    private val hmac = Algorithm.HMAC256(linkMaterial)

    fun link(parcel: String): String =
        JWT.create()
            .withSubject(parcel)
            .withClaim("kind", "tracking")
            .withClaim("carrier", "dpd")
            .withClaim("country", "GB")
            .withClaim("postcode", "EC1A")
            .withClaim("locale", "en-GB")
            .withClaim("channel", "email")
            .withExpiresAt(Date.from(Instant.now().plusSeconds(86_400)))
            .sign(hmac)

    fun readCarrierCallback(token: String): String? {
        for (key in carrierKeys) {
            runCatching { JWT.require(Algorithm.HMAC256(key)).build().verify(token) }.onSuccess { return it.subject }
        }
        return null
    }

    fun returnsLabel(rma: String): String =
        Jwts.builder()
            .subject(rma)
            .signWith(Keys.hmacShaKeyFor("shipping-returns-label-key-9a4c2e7b1d05f368".toByteArray(StandardCharsets.UTF_8))) // jwtguard-expect: jwt-call-literal
            .compact()

    fun customsToken(declaration: String): String =
        JWT.create().withSubject(declaration).sign(Algorithm.HMAC384("shipping-customs-" + "hmac384-key")) // jwtguard-expect: jwt-call-literal

    fun configuredToken(id: String): String = JWT.create().withSubject(id).sign(Algorithm.HMAC256(configured))
}
