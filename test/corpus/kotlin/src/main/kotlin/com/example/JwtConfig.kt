package com.example.config

import com.nimbusds.jose.crypto.MACSigner
import com.nimbusds.jose.crypto.MACVerifier
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Configuration

@Configuration
class JwtConfig {
    @Value("\${jwt.secret:kotlin-spring-default-secret}") // jwtguard-expect: jwt-secret-fallback
    private lateinit var secret: String

    @Value("\${jwt.issuer}")
    private lateinit var issuer: String

    private val key = Keys.hmacShaKeyFor("kotlin-jjwt-hmac-secret-32-bytes-long".toByteArray(Charsets.UTF_8)) // jwtguard-expect: jwt-call-literal
    private val signer = MACSigner("kotlin-nimbus-mac-secret-32-bytes-long!") // jwtguard-expect: jwt-call-literal
    private val verifier by lazy { MACVerifier(secret) }

    fun prefixed(prefix: String) = MACSigner("$prefix-generated-secret-material-0000")

    fun token(subject: String): String = Jwts.builder().subject(subject).signWith(key).compact()
}
