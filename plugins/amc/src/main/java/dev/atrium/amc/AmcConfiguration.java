package dev.atrium.amc;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import({MaintenanceService.class, AmcApiController.class, AmcPageController.class})
class AmcConfiguration {
}
