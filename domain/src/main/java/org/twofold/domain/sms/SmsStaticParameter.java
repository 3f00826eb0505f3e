package org.twofold.domain.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A fixed parameter every gateway request carries (an API key, a sender id), as a parameter or a header. */
@Embeddable
public class SmsStaticParameter {

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "PARAM_VALUE", length = 500)
    private String value;

    @Column(name = "AS_HEADER", nullable = false)
    private boolean header;

    protected SmsStaticParameter() {
    }

    public SmsStaticParameter(String name, String value, boolean header) {
        this.name = name;
        this.value = value;
        this.header = header;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public boolean isHeader() {
        return header;
    }
}
