package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.activity.ActivityLog;
import com.clientele.audit.AuditTrail;
import com.clientele.booking.BookingService;
import com.clientele.customer.CustomerDirectory;
import com.clientele.customer.CustomerService;
import com.clientele.demo.DemoAccounts;
import com.clientele.messaging.MessageService;
import com.clientele.provider.PasswordService;
import com.clientele.provider.ProviderAccountService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The role boundary at the service level, method by method (found by reflection, so a method added
 * later is covered too): providers reach no admin operation, admins reach no customer data.
 */
@IntegrationTest
class AdminBoundaryTest {

    @Autowired
    TestData data;
    @Autowired
    ProviderAccountService providerAccounts;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerDirectory customerDirectory;
    @Autowired
    BookingService bookings;
    @Autowired
    MessageService messages;
    @Autowired
    ActivityLog activityLog;
    @Autowired
    PasswordService passwords;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void providerIsDeniedEveryAdminServiceMethod() {
        TestProvider provider = data.newProvider();
        data.login(provider.email());

        for (Object service : List.of(providerAccounts, auditTrail)) {
            assertEveryPublicMethodIsDenied(service);
        }
    }

    @Test
    void adminIsDeniedEveryCustomerBookingMessageAndActivityMethod() {
        data.login(DemoAccounts.ADMIN_EMAIL);

        for (Object service : List.of(customers, customerDirectory, bookings, messages, activityLog)) {
            assertEveryPublicMethodIsDenied(service);
        }
    }

    @Test
    void nobodyChangesAPasswordWithoutSigningIn() {
        assertThatThrownBy(() -> passwords.changeOwnPassword(null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static void assertEveryPublicMethodIsDenied(Object service) {
        List<Method> methods = Arrays.stream(AopUtils.getTargetClass(service).getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic())
                .toList();
        assertThat(methods).as("public methods of " + AopUtils.getTargetClass(service).getSimpleName()).isNotEmpty();
        for (Method method : methods) {
            Object[] args = Arrays.stream(method.getParameterTypes()).map(AdminBoundaryTest::placeholder).toArray();
            assertThatThrownBy(() -> {
                try {
                    method.invoke(service, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }).as(method.toString()).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static Object placeholder(Class<?> type) {
        if (type == long.class) {
            return 1L;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
