package cn.gov.ledger.security.problem;

import cn.gov.ledger.security.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every error answer is problem+json, also those no controller writes: a path Spring Security's firewall
 * rejects ({@code %2e%2e}, {@code ..;}, {@code //}), whatever reaches {@code /error} (browsers asking for HTML
 * still get the error page), and what Tomcat refuses itself ({@link ProblemReportValve}).
 */
@Configuration(proxyBeanMethods = false)
public class ContainerErrors {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrors.class);

    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return (request, response, rejected) -> {
            log.info("refused {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
            ProblemWriter.write(request, response, Problems.badSyntax(rejected.getMessage()));
        };
    }

    @Bean
    BasicErrorController problemErrorController(ErrorAttributes attributes, ServerProperties server,
                                                ObjectProvider<ErrorViewResolver> resolvers) {
        return new BasicErrorController(attributes, server.getError(), resolvers.orderedStream().toList()) {
            @Override
            public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
                HttpStatus status = getStatus(request);
                Map<String, Object> error = getErrorAttributes(request, ErrorAttributeOptions.defaults());
                String path = String.valueOf(error.get("path"));
                Map<String, Object> body = ProblemWriter.body(Problems.forStatus(status.value(),
                        error.get("error") + " on " + path), path, RequestIdFilter.of(request));
                return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
            }
        };
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            // Replaces the report valve Spring Boot puts on the host, and tells the host not to add its own.
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(new ProblemReportValve());
        });
    }
}
