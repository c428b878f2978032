package fr.pilotectg.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The one message source of pages, forms, API problems and templates, as `spring.messages.*` configures it, with one
 * addition: a date given as a message argument reads the French way ("31/12/2023", not "2023-12-31"). Refusals carry
 * their dates as values; this is where they become text, whatever channel shows them.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Bean
    MessageSource messageSource(Environment environment) {
        var source = new ResourceBundleMessageSource() {
            @Override
            protected Object[] resolveArguments(Object[] args, Locale locale) {
                Object[] resolved = super.resolveArguments(args, locale);
                return Arrays.stream(resolved)
                        .map(arg -> arg instanceof LocalDate day ? DAY.format(day) : arg)
                        .toArray();
            }
        };
        source.setBasenames(Arrays.stream(StringUtils.commaDelimitedListToStringArray(
                        environment.getProperty("spring.messages.basename", "messages")))
                .map(String::strip)
                .toArray(String[]::new));
        source.setDefaultEncoding(environment.getProperty("spring.messages.encoding", "UTF-8"));
        source.setFallbackToSystemLocale(
                environment.getProperty("spring.messages.fallback-to-system-locale", Boolean.class, false));
        return source;
    }
}
