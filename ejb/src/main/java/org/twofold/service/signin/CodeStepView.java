package org.twofold.service.signin;

import java.io.Serializable;
import org.twofold.domain.settings.TwoFactorMethod;
import org.twofold.service.challenge.DeliveryView;

/** What the code page shows: which method, and for a sent code its delivery (null if none went out). */
public record CodeStepView(TwoFactorMethod method, DeliveryView delivery) implements Serializable {
}
