/**
 * Lists and exports the same way everywhere: a {@link dev.atrium.plugin.list.KeysetList} declares a tenant
 * entity's list row (a record) and sort keys once, keeps the rows a {@link dev.atrium.plugin.list.ListFilter}
 * lets through, and answers {@link dev.atrium.plugin.list.ListPage}s by keyset, with opaque
 * {@link dev.atrium.plugin.list.Cursor}s bound to their sort; a {@link dev.atrium.plugin.list.CsvColumns}
 * declares an export's columns once and {@link dev.atrium.plugin.list.CsvWriter} streams it; a list's
 * {@link dev.atrium.plugin.list.ChoosableColumns} are those its users choose among, and
 * {@link dev.atrium.plugin.list.ListColumns} remembers each user's choice.
 */
package dev.atrium.plugin.list;
