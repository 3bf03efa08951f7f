package org.floorcross.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Parses a date argument, naming the bad value and the expected format. */
final class Dates implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a date: expected YYYY-MM-DD, for example 2024-02-01");
        }
    }
}
