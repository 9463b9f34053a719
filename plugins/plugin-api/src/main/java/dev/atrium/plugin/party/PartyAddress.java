package dev.atrium.plugin.party;

/**
 * A postal address of a party, as a module may print it on a document.
 *
 * @param line2      {@code null} when there is none
 * @param postalCode {@code null} when there is none
 * @param region     {@code null} when there is none
 * @param country    ISO 3166-1 alpha-2 code
 */
public record PartyAddress(String line1, String line2, String postalCode, String city, String region,
        String country) {
}
