package dev.atrium.core.tenancy;

import dev.atrium.plugin.list.TenantReads;
import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer tenantResolverCustomizer() {
        return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER,
                new CurrentTenantResolver());
    }

    @Bean
    TenantJdbc tenantJdbc(DataSource dataSource) {
        return new TenantJdbc(dataSource);
    }

    @Bean
    TenantReads tenantReads(DataSource dataSource) {
        return new HostTenantReads(dataSource);
    }

    /** The dialect must sit on the factory bean: set on the transaction manager it is overwritten. */
    @Bean
    static BeanPostProcessor tenantAwareJpaDialectInstaller() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
                    factory.setJpaDialect(new TenantAwareJpaDialect());
                }
                return bean;
            }
        };
    }
}
