package dev.atrium.core.party;

/** Whether the third party is a company or a private individual. */
enum ThirdPartyKind {
    COMPANY,
    INDIVIDUAL
}
