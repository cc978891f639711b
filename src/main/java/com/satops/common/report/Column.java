package com.satops.common.report;

/** A report column: its header in the report locale and the kind of value it holds. */
public record Column(String header, ColumnKind kind) {

    public static Column text(String header) {
        return new Column(header, ColumnKind.TEXT);
    }

    public static Column code(String header) {
        return new Column(header, ColumnKind.CODE);
    }

    public static Column count(String header) {
        return new Column(header, ColumnKind.COUNT);
    }

    public static Column number(String header) {
        return new Column(header, ColumnKind.NUMBER);
    }

    public static Column money(String header) {
        return new Column(header, ColumnKind.MONEY);
    }

    public static Column rate(String header) {
        return new Column(header, ColumnKind.RATE);
    }

    public static Column points(String header) {
        return new Column(header, ColumnKind.POINTS);
    }

    public static Column date(String header) {
        return new Column(header, ColumnKind.DATE);
    }

    public static Column dateTime(String header) {
        return new Column(header, ColumnKind.DATE_TIME);
    }

    public static Column longText(String header) {
        return new Column(header, ColumnKind.LONG_TEXT);
    }
}
