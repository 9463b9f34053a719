package dev.atrium.core.identity.throttle;

/** What a lockout refuses: one account, or one client address on one way in. */
enum LockoutScope {
    ACCOUNT, ADDRESS
}
