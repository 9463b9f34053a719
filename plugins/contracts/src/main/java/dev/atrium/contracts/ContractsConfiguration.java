package dev.atrium.contracts;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.EnableTransactionManagement;

@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement
@Import({ContractRegister.class, ContractCustomers.class, ContractApi.class, ContractPages.class})
class ContractsConfiguration {
}
