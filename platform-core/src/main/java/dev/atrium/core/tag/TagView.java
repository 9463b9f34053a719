package dev.atrium.core.tag;

/**
 * A tag as Setup → Tags and the API show it.
 *
 * @param uses how many records carry it, of every feature and module
 */
record TagView(long id, String name, String colour, long version, long uses) {
}
