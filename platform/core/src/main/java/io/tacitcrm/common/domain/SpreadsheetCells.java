package io.tacitcrm.common.domain;

/**
 * Makes exported text safe to open in a spreadsheet: a cell starting with {@code = + - @} (or a tab or carriage return
 * before one) would be run as a formula, so it is prefixed with an apostrophe, which spreadsheets show as text (OWASP
 * "CSV injection").
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralize(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + value : value;
    }
}
