/**
 * Export downloads, for the host's lists and modules' alike: the host's {@link dev.atrium.plugin.list.TableExports},
 * writing CSV through the plugin API's {@link dev.atrium.plugin.list.CsvWriter} and XLSX through Apache POI's
 * streaming workbook, which modules never compile against.
 */
@ApplicationModule(displayName = "Exports", allowedDependencies = {})
package dev.atrium.core.export;

import org.springframework.modulith.ApplicationModule;
