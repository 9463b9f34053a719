/**
 * Legal document numbers: a module declares its {@link dev.atrium.plugin.numbering.NumberSeries}
 * and takes numbers from {@link dev.atrium.plugin.numbering.DocumentNumbers} in the
 * transaction that makes the document legal.
 */
package dev.atrium.plugin.numbering;
