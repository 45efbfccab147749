package com.clientele.messaging;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Role;
import org.springframework.stereotype.Component;

/**
 * Stands for the app stopping while a message's first delivery is under way: while switched on, the
 * mail listener ends before doing anything, as if the JVM had stopped. It wraps the real listener
 * inside the registry's completion tracking (so the registry sees an unfinished publication) and
 * outside its transaction. Part of the one test context; off unless a test switches it on.
 */
@Component
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class MailListenerOutage extends StaticMethodMatcherPointcutAdvisor {

    private volatile boolean down;
    private final AtomicInteger interrupted = new AtomicInteger();

    MailListenerOutage() {
        setOrder(0); // after Modulith's completion tracking (HIGHEST_PRECEDENCE + 10), before @Transactional
        setAdvice((MethodInterceptor) invocation -> {
            if (down) {
                interrupted.incrementAndGet();
                throw new IllegalStateException("the app stopped before the message was delivered (test)");
            }
            return invocation.proceed();
        });
    }

    @Override
    public boolean matches(Method method, Class<?> targetClass) {
        return MailDelivery.class.isAssignableFrom(targetClass) && method.getName().equals("onQueued");
    }

    void stop() {
        down = true;
    }

    void restart() {
        down = false;
    }

    /** How many deliveries were cut off so far. */
    int interrupted() {
        return interrupted.get();
    }
}
