package fr.pilotectg;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.Filter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements each HTTP request of the tests runs (issue 15: a page must not run more statements when
 * the data grows). The pool's connections come from a {@code DataSource} that counts every statement prepared or
 * created on the thread of a request; a filter ahead of every other one opens the count when a request comes in and
 * keeps it, once the request is over, under the request's path and query. Imported by {@link IntegrationTest}.
 */
public final class StatementCounter {

    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();
    private static final Map<String, Integer> LAST = new ConcurrentHashMap<>();

    private StatementCounter() {}

    /** Forgets the count of {@code pathAndQuery}, before requesting it. */
    public static void forget(String pathAndQuery) {
        LAST.remove(pathAndQuery);
    }

    /**
     * The number of statements the last request of {@code pathAndQuery} ran. The response may reach the client just
     * before the filter records the count: this waits on that condition (the filter signals each count it records),
     * bounded by a count of signals rather than by the wall clock.
     */
    public static int last(String pathAndQuery) {
        synchronized (LAST) {
            for (int signals = 0; signals < 1_000; signals++) {
                Integer count = LAST.get(pathAndQuery);
                if (count != null) return count;
                try {
                    LAST.wait(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IllegalStateException("no statement count recorded for " + pathAndQuery);
    }

    private static void record(String key, int count) {
        synchronized (LAST) {
            LAST.put(key, count);
            LAST.notifyAll();
        }
    }

    private static void count() {
        int[] current = CURRENT.get();
        if (current != null) current[0]++;
    }

    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c && method.getName().equals("getConnection")
                            ? counting(c)
                            : result;
                });
    }

    private static Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "prepareStatement", "prepareCall", "createStatement" -> count();
                        default -> {}
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        /** The pool takes its connections from a counting data source (set before the pool starts). */
        @Bean
        static BeanPostProcessor statementCountingPool() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && !pool.isRunning()) {
                        PGSimpleDataSource postgres = new PGSimpleDataSource();
                        postgres.setURL(pool.getJdbcUrl());
                        postgres.setUser(pool.getUsername());
                        Optional.ofNullable(pool.getPassword()).ifPresent(postgres::setPassword);
                        pool.setDataSource(counting(postgres));
                    }
                    return bean;
                }
            };
        }

        @Bean
        FilterRegistrationBean<Filter> statementCountingFilter() {
            Filter filter = (request, response, chain) -> {
                var http = (jakarta.servlet.http.HttpServletRequest) request;
                String key = http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
                int[] count = new int[1];
                CURRENT.set(count);
                try {
                    chain.doFilter(request, response);
                } finally {
                    CURRENT.remove();
                    record(key, count[0]);
                }
            };
            var registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
