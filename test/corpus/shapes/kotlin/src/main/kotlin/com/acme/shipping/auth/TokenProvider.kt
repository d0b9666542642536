package com.acme.shipping.auth

import io.jsonwebtoken.Claims
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.io.Decoders
import io.jsonwebtoken.security.Keys
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component
import java.time.Instant
import java.util.Base64
import java.util.Date
import javax.crypto.SecretKey
import io.jsonwebtoken.security.Keys as JwtKeys

/** Label-printing tokens of the Spring side of shipping (jjwt 0.12). */
@Component
class TokenProvider(
    @Value("\${shipping.jwt.secret}") private val configured: String,
) {
    private val labelKey: SecretKey = Keys.hmacShaKeyFor("shipping-labels-kotlin-key-8c1d4e7f2a9b0356".toByteArray()) // jwtguard-expect: jwt-call-literal
    private val manifestBytes = "shipping-manifest-bytes-key-3b6e9f0c2d5a8147".encodeToByteArray() // jwtguard-expect: jwt-key-identifier
    private val returnsBytes = Base64.getDecoder().decode("c2hpcHBpbmctcmV0dXJucy1rb3RsaW4ta2V5LTAxMjM0NTY3ODk=") // jwtguard-expect: jwt-key-identifier
    private val configuredKey: SecretKey = Keys.hmacShaKeyFor(configured.toByteArray())
    private val archiveKey: SecretKey = JwtKeys.hmacShaKeyFor(Decoders.BASE64.decode("c2hpcHBpbmctYXJjaGl2ZS1rb3RsaW4ta2V5LTk4NzY1NDMyMTA=")) // jwtguard-expect: jwt-call-literal

    fun labelToken(parcel: String): String =
        Jwts.builder()
            .subject(parcel)
            .claim("kind", "label")
            .claim("carrier", "dpd")
            .claim("service", "next-day")
            .claim("weightGrams", 1200)
            .claim("depot", "LHR1")
            .claim("printer", "zebra-12")
            .claim("format", "zpl")
            .issuedAt(Date.from(Instant.now()))
            .signWith(labelKey)
            .compact()

    fun manifestToken(day: String): String =
        Jwts.builder().subject(day).signWith(Keys.hmacShaKeyFor(manifestBytes)).compact()

    fun returnsToken(rma: String): String =
        Jwts.builder().subject(rma).signWith(Keys.hmacShaKeyFor(returnsBytes)).compact()

    fun archiveToken(id: String): String = Jwts.builder().subject(id).signWith(archiveKey).compact()

    fun configuredToken(id: String): String = Jwts.builder().subject(id).signWith(configuredKey).compact()

    fun parseLabel(token: String): Claims = Jwts.parser().verifyWith(labelKey).build().parseSignedClaims(token).payload

    fun parsePallet(token: String): Claims =
        Jwts.parser()
            .verifyWith(JwtKeys.hmacShaKeyFor("shipping-pallet-alias-key-5e2a9c7d1b04f836".toByteArray(Charsets.UTF_8))) // jwtguard-expect: jwt-call-literal
            .build()
            .parseSignedClaims(token)
            .payload
}
