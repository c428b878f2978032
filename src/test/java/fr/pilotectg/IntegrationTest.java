package fr.pilotectg;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real (embedded) PostgreSQL with the demo data, served on a random port. Every test class
 * with this annotation shares one Spring context, hence one database: tests create their own data with unique names
 * and only read the demo data. The application's clock is a {@link MutableClock} standing on {@code pilote.test.today}
 * (default 2026-06-15), put back after every test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClock.Configuration.class, StatementCounter.Configuration.class})
@ExtendWith(TestClock.class)
public @interface IntegrationTest {}
