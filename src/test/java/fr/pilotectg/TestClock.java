package fr.pilotectg;

import java.time.Clock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application's {@link Clock} in tests: one {@link MutableClock} for the shared context (imported by
 * {@link IntegrationTest}), put back to the configured day after every test so that no test leaks its time travel.
 * A test moves it with {@code clock.setToday(...)} after {@code @Autowired MutableClock clock}.
 */
public final class TestClock implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBean(MutableClock.class)
                .reset();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }
}
