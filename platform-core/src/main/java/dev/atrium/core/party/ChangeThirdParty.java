package dev.atrium.core.party;

/** Change what describes a third party, from the {@code version} last read; without a code, it keeps its own. */
record ChangeThirdParty(long id, long version, String code, ThirdPartyDetails details) {
}
