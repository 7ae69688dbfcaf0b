package io.tacitcrm.exchange.domain;

/** Why one row of an import was refused: its line in the file, the column, and the rule it broke. */
public record RowProblem(long line, String column, String code, String message) {
}
