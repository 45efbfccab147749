package com.clientele.provider;

import com.clientele.base.Emails;
import com.clientele.base.Language;
import com.clientele.base.NotFoundException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in member, admin or provider, chooses for themselves: for now their language. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountPreferences {

    private final AccountRepository accounts;

    AccountPreferences(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The language the signed-in member chose; empty: they read the browser's language. */
    @Transactional(readOnly = true)
    public Optional<Language> ownLanguage() {
        return accounts.findByEmail(signedIn()).flatMap(account -> Language.find(account.getLanguage()));
    }

    /** Stores the signed-in member's language; it applies to every sign-in from now on. */
    @Transactional
    public void changeOwnLanguage(Language language) {
        Account account = accounts.findByEmail(signedIn()).orElseThrow(() -> new NotFoundException("provider.error.account-not-found"));
        account.setLanguage(language.code());
    }

    // The principal's name is the login e-mail, as in PasswordService.
    private static String signedIn() {
        return Emails.normalise(SecurityContextHolder.getContext().getAuthentication().getName());
    }
}
