package org.twofold.domain.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;

/**
 * Stores an {@link Instant} as milliseconds since the epoch (BIGINT): a UTC value that means
 * the same whatever the server's time zone or daylight-saving time. JPA 3.1 does not map
 * Instant itself, and a TIMESTAMP column would hold a zoneless wall-clock time.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToDatabaseColumn(Instant value) {
        return value == null ? null : value.toEpochMilli();
    }

    @Override
    public Instant convertToEntityAttribute(Long value) {
        return value == null ? null : Instant.ofEpochMilli(value);
    }
}
