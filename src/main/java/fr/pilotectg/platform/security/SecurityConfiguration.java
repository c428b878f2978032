package fr.pilotectg.platform.security;

import fr.pilotectg.platform.ApiTokenAuthenticator;
import fr.pilotectg.platform.Role;
import fr.pilotectg.platform.SignInThrottle;
import fr.pilotectg.platform.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.ObjectMapper;

/**
 * Two ways in. The API ({@code /api/**}) is stateless: a personal API token ({@code Authorization: Bearer …}) or HTTP
 * Basic, errors as problem+json, no session (a session cookie is ignored) and so no CSRF to forge. The pages use form
 * login with a session and CSRF tokens. Password sign-ins of both are throttled per login and source address
 * ({@link SignInThrottleFilter}, counted by {@code LoginThrottle} in the directory module, ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;
    private final boolean httpsOnly;

    SecurityConfiguration(@Value("${pilote.security.https-only:false}") boolean httpsOnly) {
        this.httpsOnly = httpsOnly;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, upgradable in place: each hash carries its algorithm ({bcrypt}…, {argon2}…).
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Spring Security's strict firewall, also refusing a NUL byte in a parameter name or value (PostgreSQL cannot store
     * it): the request is answered 400 instead of failing deep down with a 500.
     */
    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterNames(SecurityConfiguration::hasNoNul);
        firewall.setAllowedParameterValues(SecurityConfiguration::hasNoNul);
        return firewall;
    }

    @Bean
    WebSecurityCustomizer firewallCustomizer(StrictHttpFirewall firewall) {
        return web -> web.httpFirewall(firewall);
    }

    static boolean hasNoNul(String value) {
        return value == null || value.indexOf('\0') < 0;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokenAuthenticator tokens,
            SignInThrottle throttle,
            Problems problems,
            ObjectMapper json)
            throws Exception {
        var entryPoint =
                new ProblemAuthenticationEntryPoint(problems, json, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // A session cookie never signs an API request in (so a cross-site form cannot post to it): token or
                // Basic only.
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new BearerTokenFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, problems, json), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAuthenticationEntryPoint(
                                problems, json, HttpStatus.FORBIDDEN, "ACCESS_DENIED")))
                .headers(headers ->
                        httpsHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
                .addFilterAfter(new PasswordChangeGate(problems, json), AuthorizationFilter.class);
        return http.build();
    }

    /** With {@code pilote.security.https-only} (on in the {@code production} profile) HTTPS answers carry HSTS. */
    private HeadersConfigurer<HttpSecurity> httpsHeaders(HeadersConfigurer<HttpSecurity> headers) {
        if (httpsOnly) {
            headers.httpStrictTransportSecurity(
                    hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true));
        } else {
            headers.httpStrictTransportSecurity(hsts -> hsts.disable());
        }
        return headers;
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, SignInThrottle throttle, Problems problems, ObjectMapper json)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/about")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("PILOTE_SESSION"))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HtmxAwareEntryPoint("/login")))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(
                        new SignInThrottleFilter(throttle, problems, json), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> httpsHeaders(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new PasswordChangeGate(null, null), AuthorizationFilter.class);
        return http.build();
    }
}
