package fr.pilotectg.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before the application sees it gets the application's answer, not Tomcat's English page.
 * {@code %2F} and {@code %5C} in a path are passed through encoded, so that Spring Security's firewall rejects them and
 * the application answers its 400 (problem+json or the French page); what Tomcat itself still refuses ({@code %00},
 * a malformed URI) is written by {@link PiloteErrorReportValve} in place of Tomcat's error report.
 */
@Component
class TomcatHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof Host host) {
                replaceErrorReportValve(host);
            }
        }));
    }

    private static void replaceErrorReportValve(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof PiloteErrorReportValve)) {
                host.getPipeline().removeValve(valve);
                host.getPipeline().addValve(new PiloteErrorReportValve());
                return;
            }
        }
    }
}
