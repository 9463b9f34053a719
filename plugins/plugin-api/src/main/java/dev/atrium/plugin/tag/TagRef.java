package dev.atrium.plugin.tag;

/**
 * One of the tenant's tags as a record shows it.
 *
 * @param id     the tag's id, what {@link Tags#set} and a list's {@code tag} filter take
 * @param name   what people read, unique in the tenant whatever its case
 * @param colour one of {@link Tags#COLOURS}, a name of the palette, never a style of the tenant's
 */
public record TagRef(long id, String name, String colour) {
}
