package dev.atrium.contracts;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.EnableTransactionManagement;

@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement
@Import({ContractService.class, ContractCustomers.class, ContractApiController.class, ContractPageController.class,
        CustomerContractsExport.class, ContractLinks.class})
class ContractsConfiguration {
}
