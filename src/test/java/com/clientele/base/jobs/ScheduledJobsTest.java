package com.clientele.base.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

/** Every scheduled job of the application takes its own lock, so each runs once across servers. */
@IntegrationTest
class ScheduledJobsTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyScheduledMethodTakesALockOfItsOwn() {
        List<String> scheduled = new ArrayList<>();
        List<String> lockNames = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith("com.clientele.")) {
                continue;
            }
            for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    scheduled.add(type.getSimpleName() + "." + method.getName());
                    SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                    assertThat(lock).as(type.getSimpleName() + "." + method.getName() + " has @SchedulerLock")
                            .isNotNull();
                    assertThat(lock.lockAtLeastFor()).as("held for its period").isNotBlank();
                    lockNames.add(lock.name());
                }
            }
        }
        assertThat(scheduled).as("the jobs of SPEC §15 that exist").contains("CustomerTotalsJob.fold",
                "VisitRollover.rollOver", "MailDelivery.deliverDue", "EventLog.resubmitFailed", "WebhookSender.poll");
        assertThat(lockNames).doesNotHaveDuplicates().allMatch(lockName -> !lockName.isBlank());
    }
}
