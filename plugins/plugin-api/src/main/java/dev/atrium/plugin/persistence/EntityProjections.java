package dev.atrium.plugin.persistence;

import jakarta.persistence.Entity;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.data.projection.MethodInterceptorFactory;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.projection.SpelAwareProxyProjectionFactory;

/**
 * Spring Data projections of entities that keep their state in fields, without a getter for each: a view
 * interface's {@code getName()} reads the entity's {@code getName()} when it has one, else its {@code name} field.
 * Spring Data's own property access tries a bean getter first and falls back to the field through an exception,
 * on every call of every row; this looks each accessor up once per entity class. Nested views and collections
 * of them are projected as Spring Data does.
 *
 * <pre>{@code
 * interface ContractRow { long getId(); String getReference(); }
 *
 * private static final ProjectionFactory VIEWS = EntityProjections.factory(ContractRow.class.getClassLoader());
 * ContractRow row = VIEWS.createProjection(ContractRow.class, contract);
 * }</pre>
 */
public final class EntityProjections {

    private EntityProjections() {
    }

    /**
     * A projection factory for {@code @Entity} instances; anything else (a Hibernate proxy, a map) is projected as
     * Spring Data would. The views are made by {@code loader}: package-private view interfaces need the loader that
     * defined them, which a server's request thread does not have as its context loader.
     */
    public static ProjectionFactory factory(ClassLoader loader) {
        SpelAwareProxyProjectionFactory factory = new SpelAwareProxyProjectionFactory();
        factory.setBeanClassLoader(loader);
        factory.registerMethodInvokerFactory(new DirectAccess());
        return factory;
    }

    private static final class DirectAccess implements MethodInterceptorFactory {

        private final Map<Class<?>, Map<String, Accessor>> accessors = new ConcurrentHashMap<>();

        @Override
        public boolean supports(Object source, Class<?> targetType) {
            return source.getClass().isAnnotationPresent(Entity.class);
        }

        @Override
        public MethodInterceptor createMethodInterceptor(Object source, Class<?> targetType) {
            Map<String, Accessor> ofClass = accessors.computeIfAbsent(source.getClass(),
                    type -> new ConcurrentHashMap<>());
            return invocation -> ofClass.computeIfAbsent(invocation.getMethod().getName(),
                    name -> accessor(source.getClass(), invocation.getMethod())).read(source);
        }

        private static Accessor accessor(Class<?> type, Method viewMethod) {
            String name = viewMethod.getName();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Method method = c.getDeclaredMethod(name);
                    method.setAccessible(true);
                    return target -> {
                        try {
                            return method.invoke(target);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    };
                } catch (NoSuchMethodException next) {
                    // not declared here: a superclass may, or the state is a field
                }
            }
            String property = property(name);
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getName().equals(property)) {
                        field.setAccessible(true);
                        return field::get;
                    }
                }
            }
            throw new IllegalStateException(viewMethod + " names neither a method nor a field of " + type.getName());
        }

        private static String property(String method) {
            String bare = method.startsWith("get") && method.length() > 3 ? method.substring(3)
                    : method.startsWith("is") && method.length() > 2 ? method.substring(2) : method;
            return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
        }
    }

    @FunctionalInterface
    private interface Accessor {
        Object read(Object target) throws Throwable;
    }
}
