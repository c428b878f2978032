package fr.pilotectg.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI piloteOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Pilote CTG — API")
                        .version("v1")
                        .description("""
                                API de Pilote CTG (conventions territoriales globales). Authentification par jeton personnel \
                                (Authorization: Bearer …, créé dans « Mon compte ») ou HTTP Basic. Erreurs au format RFC 9457 \
                                (application/problem+json) avec un champ `code` stable et, pour la validation, la liste `fields`. \
                                Les listes sont paginées par les paramètres `page` (à partir de 0) et `size` (1 à 200).""")
                        .license(new License().name("MIT")))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer"))
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
