/**
 * Portfolios as spreadsheet workbooks (.xlsx), written without a spreadsheet library: a streaming writer of
 * flat sheets, used to compare with the spreadsheets people keep portfolios in.
 */
package org.kamworkbench.core.workbook;
