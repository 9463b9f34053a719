/**
 * The tenant's own categories on records of any feature or module: {@link dev.atrium.plugin.tag.Tags} reads and
 * sets a record's tags and filters a list by one; {@link dev.atrium.plugin.tag.TagRef} is what a page shows.
 */
package dev.atrium.plugin.tag;
