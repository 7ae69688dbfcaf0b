/**
 * Data exchange: CSV import and export of accounts and contacts — decoding what spreadsheets produce (UTF-8 with or
 * without BOM, GB18030/GBK), mapping columns, a validation report per row, and cells safe to open in a spreadsheet.
 */
package io.tacitcrm.exchange.domain;
