package dev.atrium.core.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;

/** A currency still in use ({@link Forms#isCurrent}): a withdrawn one (FRF) or a metal (XAU) is refused. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CurrentCurrency.Check.class)
public @interface CurrentCurrency {

    String message() default "must be a currency in use today, e.g. EUR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CurrentCurrency, Currency> {
        @Override
        public boolean isValid(Currency value, ConstraintValidatorContext context) {
            return value == null || Forms.isCurrent(value);
        }
    }
}
