package com.acme.shipping.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.call
import io.ktor.server.response.respondText
import io.ktor.server.routing.Route
import io.ktor.server.routing.get

fun Route.trackingRoutes() {
    get("/tracking/{parcel}/link") {
        val parcel = call.parameters["parcel"]!!
        val token = JWT.create()
            .withIssuer(AppSettings.issuer)
            .withAudience(AppSettings.audience)
            .withSubject(parcel)
            .sign(Algorithm.HMAC256(AppSettings.signing))
        call.respondText("https://track.acme.example/$parcel?t=$token")
    }
}
